import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./security-headers";
import { tileOrigin } from "./track/tiles";

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

  it("lets images come from the map-tile host only when MAP_TILE_URL is set", () => {
    const imgSrc = (csp: string) => csp.split("; ").find((directive) => directive.startsWith("img-src"));
    expect(imgSrc(pageContentSecurityPolicy("n", true))).toBe("img-src 'self' data: blob:");
    expect(imgSrc(pageContentSecurityPolicy("n", true, tileOrigin(undefined)))).toBe("img-src 'self' data: blob:");
    const origin = tileOrigin("https://tile.example.org/{z}/{x}/{y}.png");
    expect(origin).toBe("https://tile.example.org");
    expect(imgSrc(pageContentSecurityPolicy("n", true, origin))).toBe("img-src 'self' data: blob: https://tile.example.org");
    // Anything but an http(s) address adds nothing.
    expect(tileOrigin("javascript:alert(1)//{z}")).toBeNull();
    expect(tileOrigin("not a url {z}/{x}/{y}")).toBeNull();
  });

  it("sends HSTS only when the public address is https", () => {
    expect(strictTransportSecurity("https://run.example")).toBe("max-age=31536000");
    expect(strictTransportSecurity("http://localhost:3000")).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
  });
});
