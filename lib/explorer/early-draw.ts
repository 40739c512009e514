import type { Filters } from "@/lib/explorer/apply-filters";
import { SIZE_METRIC_INFO, type SizeMetric } from "@/lib/explorer/encoding";
import { pathQuery } from "@/lib/explorer/path-view";
import type { Position, ViewState } from "@/lib/explorer/view-state";
import { isOverview } from "@/lib/explorer/view-urls";

/**
 * What the explorer page's early drawing (components/graph/early-graph-entry.ts) needs to know
 * of the view to draw a large view exactly as the explorer will once it has hydrated.
 */
export interface EarlyDrawState {
  focus: string | null;
  filters: Filters;
  sizeBy: SizeMetric;
  pinned: Record<string, Position>;
}

/**
 * The view as the early drawing needs it, or null when the explorer would draw something the
 * first answer alone does not give: the summary, expansions and paths (further requests), sizes
 * or colours from the rankings, or the list instead of the graph.
 */
export function earlyDrawState(state: ViewState): EarlyDrawState | null {
  // The overview first asks whether to show the summary, which the explorer draws itself.
  if (isOverview(state) || state.view !== "graph") return null;
  if (state.expanded.length > 0 || pathQuery(state) !== null) {
    return null;
  }
  if (SIZE_METRIC_INFO[state.sizeBy].fromRankings || state.colorBy !== "kind") return null;
  const { families, kinds, minWeight, from, to, undated } = state;
  return {
    focus: state.focus,
    filters: { families, kinds, minWeight, from, to, undated },
    sizeBy: state.sizeBy,
    pinned: state.positions,
  };
}
