// Signing in and importing over plain HTTP, for tests that run their own server (a browser is not
// needed to send a file, and fetch lets a test time every request).
import { IMPORT_HEADER, type ImportEvent } from "../../lib/import/events";
import type { FileReport } from "../../lib/import/report";

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** The form next-auth's own client posts to sign in with a password. */
export async function credentialsForm(baseUrl: string, fields: Record<string, string>) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return { cookie: cookiePairs(csrf).join("; "), body: new URLSearchParams({ ...fields, csrfToken, json: "true" }) };
}

export async function postCredentials(baseUrl: string, form: { cookie: string; body: URLSearchParams | string }, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.cookie, ...headers },
    body: form.body.toString(),
  });
}

/** Signs in and returns the Cookie header of the session. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const form = await credentialsForm(baseUrl, { email, password });
  const response = await postCredentials(baseUrl, form);
  // `__Secure-next-auth.session-token` when the public address is https.
  const session = cookiePairs(response).find((pair) => /^(__Secure-)?next-auth\.session-token=/.test(pair));
  if (!session) throw new Error(`sign-in failed with ${response.status}`);
  return session;
}

/** Sends one file to the import page's route, as the uploader does, and returns its report. */
export async function importOverHttp(baseUrl: string, cookie: string, name: string, bytes: Uint8Array): Promise<FileReport> {
  const response = await fetch(`${baseUrl}/import/file?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { cookie, [IMPORT_HEADER]: "1", "content-type": "application/octet-stream" },
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  });
  const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as ImportEvent);
  const last = lines.at(-1);
  if (last?.type !== "report") throw new Error(`the import answered ${response.status}: ${JSON.stringify(last)}`);
  return last.report;
}
