// @ts-check

// The pages' Content-Security-Policy carries a fresh nonce per request, so proxy.ts sets it
// (lib/security-headers.ts); headers here are fixed at build time. The API answers JSON and runs no
// script at all. HSTS depends on the public address, so scripts/serve.ts sends it.
// next-auth's own error page under /api/auth styles itself inline.
const apiContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

// One id per build: the service worker's URL carries it (/sw.js?v=...), so a new build installs a new worker.
const buildId = process.env.STRIDEWISE_BUILD_ID ?? Date.now().toString(36);

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds live side by side (e.g. parallel test runs on one machine): NEXT_DIST_DIR=.next-b.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` runs `tsc --noEmit` over the whole project (tests and scripts included) before the
  // build, so the build does not type-check a second time.
  typescript: { ignoreBuildErrors: true },
  generateBuildId: async () => buildId,
  env: { NEXT_PUBLIC_BUILD_ID: buildId },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The links in emails carry their signed token in the address: it goes to no other site. The
      // last rule for a header wins, so this one comes after the general one.
      { source: "/(unsubscribe|morning-link)", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

module.exports = nextConfig;
