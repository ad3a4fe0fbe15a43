// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds live side by side (e.g. parallel test runs on one machine): NEXT_DIST_DIR=.next-b.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` runs `tsc --noEmit` over the whole project (tests and scripts included) before the
  // build, so the build does not type-check a second time.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
