import { describe, expect, it } from "vitest";
import { hasSessionCookie, safeCallbackPath, sameSiteRedirect, signInUrlFor, withoutMalformedCallbackUrl } from "./sign-in-redirect";

describe("sending a visitor without a session to sign in", () => {
  it("recognises the session cookie over http, over https and in chunks", () => {
    expect(hasSessionCookie(["next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["other", "__Secure-next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["next-auth.session-token.0", "next-auth.session-token.1"])).toBe(true);
  });

  it("does not take other next-auth cookies, or look-alikes, for a session", () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(["next-auth.csrf-token", "next-auth.callback-url"])).toBe(false);
    expect(hasSessionCookie(["next-auth.session-tokenX", "my-next-auth.session-token"])).toBe(false);
  });

  it("comes back to the page and query that were asked for, on the same origin", () => {
    const url = signInUrlFor(new URL("http://127.0.0.1:3000/runs/new?date=2026-11-25"));
    expect(url.origin).toBe("http://127.0.0.1:3000");
    expect(url.pathname).toBe("/signin");
    expect(url.searchParams.get("callbackUrl")).toBe("/runs/new?date=2026-11-25");
  });

  it("returns to a page of this site after signing in, and nowhere else", () => {
    expect(safeCallbackPath("/runs/new?date=2026-11-25#pain")).toBe("/runs/new?date=2026-11-25#pain");
    expect(safeCallbackPath(signInUrlFor(new URL("http://127.0.0.1:3000/review/2026-W48")).searchParams.get("callbackUrl")!)).toBe(
      "/review/2026-W48",
    );
    for (const elsewhere of [undefined, "", "https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)"]) {
      expect(safeCallbackPath(elsewhere), String(elsewhere)).toBe("/");
    }
    // Still encoded, a tab is just part of a path on this site (the query parser decodes `%09` first).
    expect(safeCallbackPath("/%09/evil.example")).toBe("/%09/evil.example");
  });
});

describe("sameSiteRedirect: next-auth's redirects stay on this site", () => {
  const baseUrl = "http://localhost:3000";
  it.each([
    ["/runs?page=2", "http://localhost:3000/runs?page=2"],
    ["http://localhost:3000/review", "http://localhost:3000/review"],
    ["https://evil.example/", baseUrl],
    ["//evil.example/", baseUrl],
    ["http://localhost:3000.evil.example/", baseUrl],
    ["http://[::1", baseUrl],
  ])("%s goes to %s", (url, expected) => {
    expect(sameSiteRedirect({ url, baseUrl })).toBe(expected);
  });
});

describe("withoutMalformedCallbackUrl: next-auth never sees a callbackUrl it would answer 500 to", () => {
  it("drops a malformed one and keeps the rest of the query", () => {
    const url = new URL(`http://localhost:3000/api/auth/signin?a=1&callbackUrl=${encodeURIComponent("http://localhost:3000.evil.example/")}`);
    expect(withoutMalformedCallbackUrl(url)?.toString()).toBe("http://localhost:3000/api/auth/signin?a=1");
  });

  it("leaves a parsable one (the redirect callback keeps it on this site) and a URL without one", () => {
    expect(withoutMalformedCallbackUrl(new URL("http://localhost:3000/api/auth/signin?callbackUrl=%2Fruns"))).toBeNull();
    expect(withoutMalformedCallbackUrl(new URL("http://localhost:3000/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example"))).toBeNull();
    expect(withoutMalformedCallbackUrl(new URL("http://localhost:3000/api/auth/signin"))).toBeNull();
  });
});
