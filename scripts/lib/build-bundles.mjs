/**
 * The two bundles the app builds beside Next's own, with esbuild, whenever Next builds or serves
 * in development (next.config.mjs), so each always matches the sources it is built from:
 *
 * - public/graph-early.js: the explorer page's early drawing of a large view
 *   (components/explorer/early-graph-entry.ts), one small script with Cytoscape and the
 *   explorer's own element mapping, stylesheet and sync code, which the page runs before Next.js
 *   and React have loaded.
 * - build/analysis-worker.mjs: the worker thread of the whole-graph analyses
 *   (lib/analysis/analysis-worker.ts). Turbopack bundles no `worker_threads` entry given by a
 *   path, so the worker is a plain Node module of its own, which `next start` needs no build
 *   tools to run.
 */
export const ANALYSIS_WORKER_BUNDLE = "build/analysis-worker.mjs";

export async function buildBundles() {
  const { build } = await import("esbuild");
  await Promise.all([
    build({
      entryPoints: ["components/explorer/early-graph-entry.ts"],
      outfile: "public/graph-early.js",
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2022",
      define: { "process.env.NODE_ENV": '"production"' },
      legalComments: "none",
      logLevel: "warning",
    }),
    build({
      entryPoints: ["lib/analysis/analysis-worker.ts"],
      outfile: ANALYSIS_WORKER_BUNDLE,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      legalComments: "none",
      logLevel: "warning",
    }),
  ]);
}
