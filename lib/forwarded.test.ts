import { describe, expect, it } from "vitest";
import { clientAddressOf, settleForwardedHeaders, trustedProxyHops } from "./forwarded";

describe("the client's address and the forwarded headers, as far as TRUST_PROXY allows", () => {
  it("reads TRUST_PROXY as a number of proxies", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("true")).toThrow("TRUST_PROXY must be the number of reverse proxies");
  });

  it("believes no forwarded address without a trusted proxy", () => {
    expect(clientAddressOf("203.0.113.9", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(clientAddressOf(undefined, undefined, 0)).toBe("unknown");
  });

  it("takes the address the outermost trusted proxy saw, whatever the client put before it", () => {
    // One proxy (at 10.0.0.2) appended the client's 198.51.100.4 to a forged list.
    expect(clientAddressOf("1.1.1.1, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(clientAddressOf("1.1.1.1, 198.51.100.4, 10.0.0.3", "10.0.0.2", 2)).toBe("198.51.100.4");
    // Fewer entries than proxies: the farthest one known.
    expect(clientAddressOf(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
  });

  it("drops a forged X-Forwarded-Host without a trusted proxy, and keeps the proxy's", () => {
    const forged = { host: "run.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" };
    settleForwardedHeaders(forged, "198.51.100.4", 0);
    expect(forged).toEqual({ host: "run.example", "x-forwarded-for": "198.51.100.4" });

    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "run.example", "x-forwarded-for": "198.51.100.4" };
    settleForwardedHeaders(proxied, "127.0.0.1", 1);
    expect(proxied).toEqual({ host: "127.0.0.1:3000", "x-forwarded-host": "run.example", "x-forwarded-for": "198.51.100.4" });
  });
});
