"use client";

import dynamic from "next/dynamic";

const loadGraphCanvas = () => import("@/components/graph/graph-canvas");

// Cytoscape (the largest script of the page) is asked for as soon as this module runs in the
// browser, while the explorer hydrates, instead of when the canvas first renders after hydration.
if (typeof window !== "undefined") void loadGraphCanvas();

// Cytoscape touches `window` when it loads, so the canvas is only ever rendered in the browser.
export const GraphCanvasLazy = dynamic(
  () => loadGraphCanvas().then((module) => module.GraphCanvas),
  { ssr: false, loading: () => <p className="graph-loading">Loading the graph…</p> },
);
