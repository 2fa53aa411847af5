// @ts-check
/** Content-Security-Policy for `next start`: see docs/security.md. Monaco and React Flow set inline styles;
 * Next's bootstrap scripts are inline, hence 'unsafe-inline' for scripts (no 'unsafe-eval'). */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// `npm run build:static` (STATIC_EXPORT=1): plain files in out/ for any static web server; see
// docs/static-hosting.md. headers() does not apply there: the server must send the headers listed in that doc.
const staticExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several builds (parallel work, benchmarks) run side by side without sharing .next. In a static export
  // distDir names the output folder (Next keeps its build files in .next then).
  distDir: staticExport ? process.env.STATIC_OUT_DIR || 'out' : process.env.NEXT_DIST_DIR || '.next',
  ...(staticExport ? { output: 'export', basePath: process.env.STATIC_BASE_PATH || '' } : {}),
  poweredByHeader: false,
  // `ENTRYWAY_SOURCE_MAPS=1 next build`: browser source maps, so bench/page-weight.ts can attribute each chunk's
  // bytes to modules (Turbopack's production chunks carry numeric module ids only). Off by default.
  productionBrowserSourceMaps: process.env.ENTRYWAY_SOURCE_MAPS === '1',
  // `npm test` typechecks the whole project with tsc (npm run typecheck); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  allowedDevOrigins: ['127.0.0.1'],
  ...(staticExport ? {} : { headers }),
};

/** Security headers for `next start` (a static export cannot send headers; docs/static-hosting.md lists them). */
async function headers() {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: csp },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'no-referrer' },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
  ];
}

export default nextConfig;
