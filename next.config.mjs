import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";

// Next's hydration scripts are inline, hence 'unsafe-inline' for scripts; eval is allowed only to
// the development server (its React tooling needs it). Decided by Next's phase, not NODE_ENV: the
// headers are written into the build's routes manifest, and a build started from a test runner
// inherits NODE_ENV=test.
const contentSecurityPolicy = (production) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

const securityHeaders = (production) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {(phase: string) => Promise<import('next').NextConfig>} */
export default async function nextConfig(phase) {
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  // The explorer's early drawing and the analysis worker are built with the app
  // (scripts/lib/build-bundles.mjs), and only then: `next start` needs no build tools.
  // Next reads this file again in its build workers, which inherit the mark: built once.
  const building = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER;
  if (building && !process.env.ATLAS_BUNDLES_BUILT) {
    const { buildBundles } = await import("./scripts/lib/build-bundles.mjs");
    await buildBundles();
    process.env.ATLAS_BUNDLES_BUILT = "1";
  }
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Loaded from node_modules at run time, not bundled: the driver and its dependencies stay plain
    // Node modules; pdf.js (in unpdf) loads itself by a dynamic import; the language model and the
    // DOM shim are large and gain nothing from bundling.
    serverExternalPackages: [
      "neo4j-driver",
      "unpdf",
      "mammoth",
      "linkedom",
      "wink-nlp",
      "wink-eng-lite-web-model",
    ],
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders(production) }];
    },
  };
}
