"use client";

import dynamic from "next/dynamic";
import { useRef } from "react";
import { GRAPH_HOST_ID } from "@/components/graph/early-graph";
import type { GraphCanvasProps } from "@/components/graph/graph-canvas";

const loadGraphCanvas = () => import("@/components/graph/graph-canvas");

// Cytoscape (the largest script of the page) is asked for as soon as this module runs in the
// browser, while the explorer hydrates, instead of when the canvas first renders after hydration.
if (typeof window !== "undefined") void loadGraphCanvas();

// Cytoscape touches `window` when it loads, so the canvas is only ever rendered in the browser.
const GraphCanvas = dynamic(() => loadGraphCanvas().then((module) => module.GraphCanvas), {
  ssr: false,
  loading: () => <p className="graph-loading">Loading the graph…</p>,
});

// React leaves an element's content alone when it is given as inner HTML: the page's early
// drawing of a large view (early-graph.ts) fills it before hydration, Cytoscape after.
const NO_CHILDREN = { __html: "" };

/**
 * The explorer's graph: the element it is drawn in is rendered on the server, so that the page
 * can draw a large view in it before the explorer has hydrated; the canvas then takes it over.
 */
export function GraphCanvasLazy(props: Omit<GraphCanvasProps, "container">) {
  const container = useRef<HTMLDivElement>(null);
  return (
    <>
      <div
        ref={container}
        id={GRAPH_HOST_ID}
        className="graph-canvas"
        // The keyboard wrapper and the list view speak for the canvas.
        aria-hidden="true"
        data-testid="graph-canvas"
        dangerouslySetInnerHTML={NO_CHILDREN}
      />
      <GraphCanvas {...props} container={container} />
    </>
  );
}
