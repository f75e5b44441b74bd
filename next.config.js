/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several builds (e.g. parallel test runs) live side by side: NEXT_DIST_DIR=.next-a.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The app is fully client-side; no telemetry or remote assets on machines without internet.
  poweredByHeader: false,
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  images: { unoptimized: true },
  // Type-checking is its own CI step (npm run typecheck) over the whole repository, so the
  // build skips it: faster builds, and one place that reports type errors.
  typescript: { ignoreBuildErrors: true },
  // On every response, files included; the page's Content-Security-Policy (with its per-request
  // nonce) comes from proxy.ts. See docs/security.md.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
