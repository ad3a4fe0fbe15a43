// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project (tests and scripts included) before the
  // build, so the build does not type-check a second time.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
