"use client";

import { useEffect, useState } from "react";
import { fetchJson } from "@/components/explorer/fetch-json";
import { expandGraph } from "@/lib/explorer/expand";
import { EMPTY_GRAPH, type GraphData } from "@/lib/explorer/graph-types";

/** New neighbours an expansion adds before it asks ("and N more"). */
export const EXPAND_LIMIT = 8;
const WHOLE_GRAPH_LIMIT = 1000;

export interface GraphLoad {
  whole: GraphData;
  /** The whole graph has answered (or failed): node sizes and date ticks are final. */
  wholeReady: boolean;
  graph: GraphData;
  remaining: Record<string, number>;
  loading: boolean;
  error: string | null;
}

function graphUrl(focus: string | null, depth: number): string {
  const params = new URLSearchParams({ limit: String(WHOLE_GRAPH_LIMIT) });
  if (focus) {
    params.set("focus", focus);
    params.set("depth", String(depth));
  }
  return `/api/graph?${params}`;
}

/**
 * Loads what the view shows: the focused ego network (or the whole graph), with each expanded
 * actor's neighbours merged in. `expanded` entries ending in "*" take every neighbour.
 */
export function useGraphData(focus: string | null, depth: number, expanded: string[]): GraphLoad {
  const [whole, setWhole] = useState<{ graph: GraphData; ready: boolean }>({
    graph: EMPTY_GRAPH,
    ready: false,
  });
  const expandedKey = expanded.join(",");
  const key = `${focus ?? ""}|${depth}|${expandedKey}`;
  // The answer remembers which view it belongs to: anything older reads as still loading.
  const [answer, setAnswer] = useState<{
    key: string;
    graph: GraphData;
    remaining: Record<string, number>;
    error: string | null;
  }>({ key: "", graph: EMPTY_GRAPH, remaining: {}, error: null });

  useEffect(() => {
    const controller = new AbortController();
    fetchJson<GraphData>(graphUrl(null, 1), controller.signal)
      .then((graph) => setWhole({ graph, ready: true }))
      .catch(() => {
        // The whole graph only sets the date ticks; the view reports its own errors.
        if (!controller.signal.aborted) setWhole({ graph: EMPTY_GRAPH, ready: true });
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      let graph = await fetchJson<GraphData>(graphUrl(focus, depth), controller.signal);
      const remaining: Record<string, number> = {};
      for (const entry of expandedKey.split(",").filter(Boolean)) {
        const all = entry.endsWith("*");
        const id = all ? entry.slice(0, -1) : entry;
        const neighbourhood = await fetchJson<GraphData>(graphUrl(id, 1), controller.signal);
        const expansion = expandGraph(graph, neighbourhood, id, all ? null : EXPAND_LIMIT);
        graph = expansion.graph;
        remaining[id] = expansion.remaining;
      }
      setAnswer({ key, graph, remaining, error: null });
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      setAnswer((previous) => ({ ...previous, key, error: message }));
    });
    return () => controller.abort();
  }, [key, focus, depth, expandedKey]);

  // While a new view loads, the previous graph stays on screen.
  const current = answer.key === key;
  return {
    whole: whole.graph,
    wholeReady: whole.ready,
    graph: answer.graph,
    remaining: answer.remaining,
    loading: !current,
    error: current ? answer.error : null,
  };
}
