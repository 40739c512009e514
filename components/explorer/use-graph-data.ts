"use client";

import { useEffect, useState } from "react";
import { takeEarlyView } from "@/components/explorer/early-view";
import { fetchJson } from "@/components/fetch-json";
import { expandGraph } from "@/lib/explorer/expand";
import { EMPTY_GRAPH, type GraphData } from "@/lib/explorer/graph-types";
import type { Positions } from "@/lib/layout/force-layout";
import { graphUrl, totalsUrl, viewUrl, type ViewScope } from "@/lib/explorer/view-urls";
import type { FocusTotals, GraphResponse } from "@/lib/graph/types";
import type { CommunityGraph, PositionedGraph, SummaryCommunity } from "@/lib/summary/types";

/** New neighbours an expansion adds before it asks ("and N more"). */
export const EXPAND_LIMIT = 8;

export interface GraphLoad {
  whole: GraphData;
  /** The whole graph has answered (or failed): node sizes and date ticks are final. */
  wholeReady: boolean;
  graph: GraphData;
  remaining: Record<string, number>;
  /** Server positions when the view is large (null: the browser lays it out). */
  positions: Positions | null;
  /** The summary community the view opens, when it opens one. */
  community: SummaryCommunity | null;
  /** The view's answer's counts, what it shows of what in all: null while it loads. */
  counts: GraphResponse["counts"] | null;
  loading: boolean;
  error: string | null;
}

export interface FetchScope extends ViewScope {
  /** False while the explorer shows (or decides on) the summary instead: nothing is fetched. */
  enabled: boolean;
  /** The explorer is still asking whether to show the summary: the view is not known yet. */
  deciding?: boolean;
}

/**
 * Loads what the view shows: the focused ego network (or the whole graph), with each expanded
 * actor's neighbours merged in. `expanded` entries ending in "*" take every neighbour.
 */
export function useGraphData(
  focus: string | null,
  depth: number,
  expanded: string[],
  scope: FetchScope = { limit: null, community: null, enabled: true },
): GraphLoad {
  const [whole, setWhole] = useState<{ graph: GraphData; ready: boolean }>({
    graph: EMPTY_GRAPH,
    ready: false,
  });
  const expandedKey = expanded.join(",");
  const url = scope.enabled ? viewUrl(focus, depth, scope) : null;
  const key = `${url ?? ""}|${expandedKey}`;
  // The answer remembers which view it belongs to: anything older reads as still loading.
  const [answer, setAnswer] = useState<{
    key: string;
    graph: GraphData;
    remaining: Record<string, number>;
    positions: Positions | null;
    community: SummaryCommunity | null;
    counts: GraphResponse["counts"] | null;
    error: string | null;
  }>({
    key: "",
    graph: EMPTY_GRAPH,
    remaining: {},
    positions: null,
    community: null,
    counts: null,
    error: null,
  });

  // The whole graph (names and date ticks) waits for the first view (or the summary), so that on a
  // large graph it does not compete with the view for the server and the tab; once asked for, it
  // is not asked for again when the view changes.
  const viewSettled = answer.key !== "" || (url === null && !scope.deciding);
  const [wholeWanted, setWholeWanted] = useState(false);
  if (viewSettled && !wholeWanted) setWholeWanted(true);
  useEffect(() => {
    if (!wholeWanted) return;
    const controller = new AbortController();
    fetchJson<GraphData>(graphUrl(null, 1), { signal: controller.signal })
      .then((graph) => setWhole({ graph, ready: true }))
      .catch(() => {
        // The whole graph only sets the date ticks; the view reports its own errors.
        if (!controller.signal.aborted) setWhole({ graph: EMPTY_GRAPH, ready: true });
      });
    return () => controller.abort();
  }, [wholeWanted]);

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    (async () => {
      const view = await fetchJson<PositionedGraph & Partial<CommunityGraph>>(url, {
        signal: controller.signal,
        started: takeEarlyView(url),
      });
      let graph: GraphData = { nodes: view.nodes, edges: view.edges, truncated: view.truncated };
      const remaining: Record<string, number> = {};
      for (const entry of expandedKey.split(",").filter(Boolean)) {
        const all = entry.endsWith("*");
        const id = all ? entry.slice(0, -1) : entry;
        const neighbourhood = await fetchJson<GraphData>(graphUrl(id, 1), {
          signal: controller.signal,
        });
        const expansion = expandGraph(graph, neighbourhood, id, all ? null : EXPAND_LIMIT);
        graph = expansion.graph;
        remaining[id] = expansion.remaining;
      }
      setAnswer({
        key,
        graph,
        remaining,
        positions: view.positions,
        community: view.community ?? null,
        counts: view.counts,
        error: null,
      });
      // A large neighbourhood's exact totals come apart, counted once per graph version.
      if (focus && view.counts?.matchedActors === null && scope.community === null) {
        // Failing, the note keeps saying it is counting: the view itself is fine.
        const totals = await fetchJson<FocusTotals>(totalsUrl(focus, depth), {
          signal: controller.signal,
        }).catch(() => null);
        if (totals) {
          setAnswer((previous) =>
            previous.key === key && previous.counts
              ? { ...previous, counts: { ...previous.counts, ...totals } }
              : previous,
          );
        }
      }
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      setAnswer((previous) => ({ ...previous, key, error: message }));
    });
    return () => controller.abort();
  }, [key, url, expandedKey, focus, depth, scope.community]);

  // While a new view loads, the previous graph stays on screen.
  const current = answer.key === key;
  return {
    whole: whole.graph,
    wholeReady: whole.ready,
    graph: answer.graph,
    remaining: answer.remaining,
    positions: answer.positions,
    community: answer.community,
    counts: current ? answer.counts : null,
    loading: url !== null && !current,
    error: current ? answer.error : null,
  };
}
