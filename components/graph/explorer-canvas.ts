import type { Core, CytoscapeOptions, ElementDefinition } from "cytoscape";
import { GRAPH_STYLESHEET } from "@/components/graph/graph-stylesheet";
import { rendererOptions, type RenderMode } from "@/components/graph/graph-renderer";
import { LARGE_VIEW_STYLESHEET } from "@/components/graph/large-view-style";
import { markLabelled } from "@/components/graph/scale-labels";
import { syncLargeView, type LargeViewState } from "@/components/graph/sync-large-view";
import { labelCandidates } from "@/lib/explorer/labelled-actors";

/**
 * How the explorer's graph is drawn, in one place for its two makers: the canvas component
 * (graph-canvas.tsx) and the page's early drawing of a large view before hydration
 * (components/explorer/early-graph-entry.ts), which the canvas then adopts.
 */
export function explorerCanvasOptions(mode: RenderMode): Omit<CytoscapeOptions, "container"> {
  return {
    style: mode === "detailed" ? GRAPH_STYLESHEET : LARGE_VIEW_STYLESHEET,
    boxSelectionEnabled: false,
    ...rendererOptions(mode),
  };
}

/** The actors that may be named at every zoom: the focus, then the largest shown. */
export function labelledActors(
  elements: ElementDefinition[],
  focus: string | null,
  hidden: ReadonlySet<string>,
): string[] {
  return labelCandidates(
    elements
      .filter((element) => element.group === "nodes")
      .map(({ data }) => ({ id: String(data.id), size: Number(data.size ?? 0) })),
    focus,
    hidden,
  );
}

/** Brings a large view's instance in step with the view: elements, classes and labels. */
export function drawLargeView(cy: Core, view: LargeViewState): void {
  syncLargeView(cy, view);
  markLabelled(cy, labelledActors(view.elements, view.focus, view.hidden));
}
