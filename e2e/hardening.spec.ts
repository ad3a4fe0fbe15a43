import { expect, test } from "@playwright/test";
import { signUpAndIn } from "./support/fixtures";
import { credentialsForm, postCredentials } from "./support/http-session";

// Issue 20 on the shared server, which trusts one proxy (the tests say which client they are in
// X-Forwarded-For, so the address locks of one test do not reach the others).

test("a sign-in that sends the email twice is refused, and the lock counts the email the lookup uses", async ({ browser, baseURL }) => {
  const setup = await browser.newPage();
  const runner = await signUpAndIn(setup);
  await setup.close();
  const client = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 20}` };
  const victim = runner.email;

  // The guard read the first email, next-auth the last: the victim's password could be guessed freely.
  for (let i = 0; i < 12; i++) {
    const form = await credentialsForm(baseURL!, {});
    const body = `email=${encodeURIComponent(`decoy-${i}@example.com`)}&email=${encodeURIComponent(victim)}&password=wrong-${i}&${form.body}`;
    const response = await postCredentials(baseURL!, { cookie: form.cookie, body }, client);
    expect(response.status).toBe(400);
  }
  // Ten wrong passwords under other spellings of the same address lock it...
  for (let i = 0; i < 10; i++) {
    const spelling = i % 2 === 0 ? ` ${victim.toUpperCase()} ` : victim;
    const response = await postCredentials(baseURL!, await credentialsForm(baseURL!, { email: spelling, password: `wrong-${i}` }), {
      "x-forwarded-for": `203.0.113.${i + 1}`,
    });
    expect(response.status).toBe(401);
  }
  // ... so the right password now waits, from any address.
  const locked = await postCredentials(baseURL!, await credentialsForm(baseURL!, { email: victim, password: runner.password }), client);
  expect(locked.status).toBe(429);
});

test("a JSON body on the password sign-in is a 400, not a 500", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.3" },
    body: JSON.stringify({ email: "a@example.com", password: "whatever-password" }),
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: "Send the form as application/x-www-form-urlencoded" });
});

test("a malformed callbackUrl sends the runner to this site, not to a 500", async ({ browser, baseURL }) => {
  const setup = await browser.newPage();
  const runner = await signUpAndIn(setup);
  await setup.close();
  const evil = "http://localhost:3000.evil.example/";
  const page = await fetch(`${baseURL}/api/auth/signin?callbackUrl=${encodeURIComponent(evil)}`, { redirect: "manual" });
  expect(page.status).toBeLessThan(500);

  const client = { "x-forwarded-for": "198.51.100.4" };
  const signIn = (password: string) => credentialsForm(baseURL!, { email: runner.email, password, callbackUrl: evil }).then((form) => postCredentials(baseURL!, form, client));
  expect((await signIn("wrong-password")).status).toBe(401);
  const response = await signIn(runner.password);
  expect(response.status).toBe(200);
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
});
