// @ts-check

const production = process.env.NODE_ENV === "production";

// No 'unsafe-eval' in production (React needs it only for its development tooling). Inline scripts
// stay allowed because Next streams its payload in inline <script> tags; everything else is same-origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The service worker (public/sw.js) is same-origin; named here so a script-src with nonces keeps it.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
