import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./security-headers";

describe("per-request security headers", () => {
  it("allows scripts by this response's nonce only, never inline", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const csp = pageContentSecurityPolicy(nonce, true);
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(pageContentSecurityPolicy(nonce, false)).toContain("'unsafe-eval'");
  });

  it("sends HSTS only when the public address is https", () => {
    expect(strictTransportSecurity("https://run.example")).toBe("max-age=31536000");
    expect(strictTransportSecurity("http://localhost:3000")).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
  });
});
