import type { Core } from "cytoscape";
import type { RenderMode } from "@/components/graph/graph-renderer";
import type { Selection } from "@/lib/explorer/view-state";

/**
 * The hand-over between the explorer page's early drawing of a large view (components/explorer/early-graph-entry.ts,
 * built into public/graph-early.js and started by the page's inline script) and the canvas
 * component, which adopts the instance when React has hydrated instead of drawing it again.
 */

/** The id of the server-rendered element both draw in. */
export const GRAPH_HOST_ID = "atlas-graph";

/** The script the page loads for it (scripts/lib/build-bundles.mjs writes it). */
export const EARLY_GRAPH_SCRIPT = "/graph-early.js";

/** The early drawing's own tap listeners, removed when the canvas takes over. */
export const EARLY_TAP = "tap.early";

export interface EarlyGraph {
  cy: Core;
  mode: RenderMode;
  /** The last tap before React took over: replayed as the first selection. Undefined: none. */
  tapped?: Selection;
}

declare global {
  interface Window {
    /** An early drawing waiting to be adopted, or "claimed" once the canvas has mounted. */
    __atlasEarlyGraph?: EarlyGraph | "claimed";
  }
}

/**
 * Takes the early drawing for a canvas in `container` drawing in `mode` (null if there is none,
 * or it was drawn otherwise: then it is destroyed), and tells the early script that the canvas is
 * here, so that it never draws after it.
 */
export function takeEarlyGraph(container: HTMLElement | null, mode: RenderMode): EarlyGraph | null {
  const early = window.__atlasEarlyGraph;
  window.__atlasEarlyGraph = "claimed";
  if (!early || early === "claimed") return null;
  if (early.cy.container() !== container || early.mode !== mode) {
    early.cy.destroy();
    return null;
  }
  early.cy.removeListener(EARLY_TAP);
  return early;
}

/** Whether an early drawing waits for the canvas: it then starts in the drawing's mode. */
export function earlyGraphMode(): RenderMode | null {
  if (typeof window === "undefined") return null;
  const early = window.__atlasEarlyGraph;
  return early && early !== "claimed" ? early.mode : null;
}
