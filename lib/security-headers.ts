// The headers that depend on the request or the deployment, which next.config.js cannot set (its
// headers are fixed at build time): the page's Content-Security-Policy with a fresh nonce, and HSTS
// when the public address is https. Pure, so they are unit-tested.

/** A fresh nonce per page: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this response's nonce (Next puts it on its own scripts, and 'strict-dynamic'
 * lets those load their chunks), so an injected <script> or inline handler is blocked even if a bug
 * ever let one into a page (issue 20). No 'unsafe-eval' in production (React needs it only for its
 * development tooling). Styles stay inline-able: React sets style attributes, which carry no script.
 * `tileOrigin`: the map-tile host of MAP_TILE_URL (issue 21), the one other place images may come from.
 */
export function pageContentSecurityPolicy(nonce: string, production: boolean, tileOrigin: string | null = null): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js) is same-origin; with 'strict-dynamic' a script-src 'self' no
    // longer covers it, so it is named here.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Browsers keep to https for a year once they have seen this; only sent when the public address is https. */
export function strictTransportSecurity(publicUrl: string | undefined): string | undefined {
  return publicUrl?.startsWith("https://") ? "max-age=31536000" : undefined;
}
