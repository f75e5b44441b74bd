/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several builds (e.g. parallel test runs) live side by side: NEXT_DIST_DIR=.next-a.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The app is fully client-side; no telemetry or remote assets on machines without internet.
  poweredByHeader: false,
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
