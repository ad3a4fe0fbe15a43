// The body of a POST to next-auth, read once and checked before next-auth sees it (issue 20). next-auth
// reads a repeated field's last value while a guard reading FormData.get() sees the first, so the lock
// could be keyed on a decoy address; and a JSON body made next-auth answer 500. Only its own client's
// shape gets through: one urlencoded form, each field once. Pure, so it is unit-tested.

export const MAX_AUTH_BODY_BYTES = 16 * 1024;

export type AuthForm = { ok: true; fields: URLSearchParams } | { ok: false; status: 400 | 413; message: string };

function isForm(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

export function parseAuthForm(contentType: string | null, body: Uint8Array | null): AuthForm {
  if (!isForm(contentType)) return { ok: false, status: 400, message: "Send the form as application/x-www-form-urlencoded" };
  if (body === null) return { ok: false, status: 413, message: "The form is too large" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { ok: false, status: 400, message: "The form is not valid UTF-8" };
  }
  const fields = new URLSearchParams(text);
  const seen = new Set<string>();
  const repeated = [...fields.keys()].find((name) => seen.size === seen.add(name).size);
  if (repeated !== undefined) return { ok: false, status: 400, message: `The field ${JSON.stringify(repeated.slice(0, 40))} is sent more than once` };
  return { ok: true, fields };
}
