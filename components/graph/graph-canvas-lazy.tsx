"use client";

import dynamic from "next/dynamic";

// Cytoscape touches `window` when it loads, so the canvas is only ever rendered in the browser.
export const GraphCanvasLazy = dynamic(
  () => import("@/components/graph/graph-canvas").then((module) => module.GraphCanvas),
  { ssr: false, loading: () => <p className="graph-loading">Loading the graph…</p> },
);
