import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { securityHeaders } from "./lib/api/security-headers.mjs";

// The phase, not NODE_ENV, decides whether the headers are production's: they are written into
// the build's routes manifest, and a build started from a test runner inherits NODE_ENV=test.
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
    experimental: {
      // The stylesheets (20 KB, 5 KB gzipped) go into the HTML: a <link> would hold back every
      // inline script after it, the explorer's early request among them, until it had loaded.
      inlineCss: true,
    },
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
