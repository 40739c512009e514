import { COMMUNITY_ACTORS_DEFAULT } from "@/lib/layout/budget";
import type { ViewState } from "@/lib/explorer/view-state";

/** Actors the explorer asks for when it wants the whole graph (names and date ticks). */
export const WHOLE_GRAPH_LIMIT = 1000;

/** `/api/graph` for the whole graph, or for `focus` and `depth` hops around it. */
export function graphUrl(focus: string | null, depth: number, limit = WHOLE_GRAPH_LIMIT): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (focus) {
    params.set("focus", focus);
    params.set("depth", String(depth));
  }
  return `/api/graph?${params}`;
}

/** `/api/graph/totals`: the exact totals a large focused view's answer leaves null. */
export function totalsUrl(focus: string, depth: number): string {
  return `/api/graph/totals?${new URLSearchParams({ focus, depth: String(depth) })}`;
}

/** What a view holds beyond focus and depth: a top-N limit, or a summary community. */
export interface ViewScope {
  limit: number | null;
  community: number | null;
}

/** The view itself, with server positions when it is large (see lib/layout). */
export function viewUrl(focus: string | null, depth: number, scope: ViewScope): string {
  if (scope.community !== null) {
    const limit = scope.limit ?? COMMUNITY_ACTORS_DEFAULT;
    return `/api/graph/summary/communities/${scope.community}?limit=${limit}`;
  }
  return graphUrl(focus, depth, scope.limit ?? WHOLE_GRAPH_LIMIT).replace(
    "/api/graph?",
    "/api/graph/layout?",
  );
}

/**
 * The first request the explorer makes for a view: the overview asks first whether the graph
 * must be summarised; any other view asks for its elements. The page names it in its HTML so the
 * browser fetches it while the explorer's scripts are still loading.
 */
export function firstViewRequest(state: ViewState): string {
  return isOverview(state) ? "/api/graph/summary" : viewUrl(state.focus, state.depth, state);
}

/** The overview: no focus, limit or community, so the explorer may show the summary instead. */
export function isOverview(state: ViewState): boolean {
  return !state.focus && state.limit === null && state.community === null;
}
