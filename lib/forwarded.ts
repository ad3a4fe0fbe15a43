// Which client sent a request, decided once, where the socket is still known (scripts/serve.ts), and
// written into the headers the app reads (issue 20). Without a proxy in front, `X-Forwarded-For` and
// `X-Forwarded-Host` come from the client and say whatever it likes: a new address per request got
// unlimited sign-in attempts, and a forged host passed the server actions' origin check. So they are
// believed only as far as `TRUST_PROXY` says: the number of proxies in front that append the address
// they saw and overwrite the host. Pure, so it is unit-tested.

export type ForwardedHeaders = Record<string, string | string[] | undefined>;

const HOP_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/** `TRUST_PROXY`: unset, empty or 0 trusts no proxy; a whole number is how many there are. */
export function trustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d+$/.test(value.trim())) throw new Error(`TRUST_PROXY must be the number of reverse proxies in front (0, 1, 2, ...), not ${JSON.stringify(value)}`);
  return Number(value.trim());
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address: the socket's peer with no trusted proxy; behind `hops` proxies, the address
 * the outermost one saw (each appends its peer, so it is `hops` entries from the end, counting the socket).
 */
export function clientAddressOf(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string {
  const peer = socketAddress ?? "unknown";
  if (hops === 0) return peer;
  const chain = [...(forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean), peer];
  return chain[Math.max(0, chain.length - 1 - hops)]!;
}

/**
 * Rewrites the request's headers in place: `X-Forwarded-For` becomes the one client address, and
 * without a trusted proxy the client's own `X-Forwarded-Host`, `-Proto` and `-Port` are dropped (Next
 * then fills them from the Host header and the socket, as it does when they are absent).
 */
export function settleForwardedHeaders(headers: ForwardedHeaders, socketAddress: string | undefined, hops: number): void {
  headers["x-forwarded-for"] = clientAddressOf(one(headers["x-forwarded-for"]), socketAddress, hops);
  delete headers["x-real-ip"];
  if (hops === 0) for (const name of HOP_HEADERS) delete headers[name];
}
