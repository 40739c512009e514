/**
 * Builds the explorer page's early drawing of a large view (components/explorer/
 * early-graph-entry.ts) into public/graph-early.js: one small script with Cytoscape and the
 * explorer's own element mapping, stylesheet and sync code, which the page runs before Next.js
 * and React have loaded. Run by next.config.mjs whenever Next builds or serves in development,
 * so the script always matches the app it is built with.
 */
export async function buildEarlyGraph() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: ["components/explorer/early-graph-entry.ts"],
    outfile: "public/graph-early.js",
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    logLevel: "warning",
  });
}
