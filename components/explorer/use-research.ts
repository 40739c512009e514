"use client";

import { useMemo } from "react";
import { useJson, type JsonState } from "@/components/explorer/use-json";
import { nodeEncoding } from "@/components/explorer/node-encoding";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import type { ActorRanking } from "@/lib/analysis/rankings";
import { SIZE_METRIC_INFO } from "@/lib/explorer/encoding";
import type { GraphData } from "@/lib/explorer/graph-types";
import {
  addPathToGraph,
  pathElementIds,
  pathQuery,
  pathsUrl,
  type PathQuery,
} from "@/lib/explorer/path-view";
import type { NodeEncoding } from "@/lib/explorer/to-elements";
import type { ViewState } from "@/lib/explorer/view-state";

export interface RankingsResponse {
  graphVersion: string;
  actors: ActorRanking[];
}

export interface PathsState {
  query: PathQuery | null;
  /** Null while no query is set. */
  answer: JsonState<{ paths: InfluencePath[] }> | null;
  /** The path drawn on the graph. */
  chosen: InfluencePath | null;
}

export interface Research {
  /** The view's graph with the chosen path's actors and hops added. */
  graph: GraphData;
  paths: PathsState;
  /** Path element ids, kept visible whatever the filters say. */
  keep: ReadonlySet<string>;
  highlight: { nodes: string[]; edges: string[] } | null;
  rankings: JsonState<RankingsResponse> | null;
  encoding: NodeEncoding;
}

/**
 * The research layers over the explorer's graph: the path finder's answer (drawn and kept in
 * view) and node size and colour from the rankings. Both are fetched only when asked for.
 */
export function useResearch(state: ViewState, loaded: GraphData, whole: GraphData): Research {
  // The view state is memoised on the URL, so this changes only when the URL does.
  const query = useMemo(() => pathQuery(state), [state]);
  const pathAnswer = useJson<{ paths: InfluencePath[] }>(query ? pathsUrl(query) : null);
  const answer = query ? pathAnswer : null;
  const chosen =
    answer?.status === "ready"
      ? (answer.data.paths[Math.min(state.pathIndex, answer.data.paths.length - 1)] ?? null)
      : null;

  const graph = useMemo(() => addPathToGraph(loaded, whole, chosen), [loaded, whole, chosen]);
  const highlight = useMemo(() => (chosen ? pathElementIds(chosen) : null), [chosen]);
  const keep = useMemo(
    () => new Set(highlight ? [...highlight.nodes, ...highlight.edges] : []),
    [highlight],
  );

  const needRankings = SIZE_METRIC_INFO[state.sizeBy].fromRankings || state.colorBy === "community";
  const rankingsAnswer = useJson<RankingsResponse>(needRankings ? "/api/analysis/rankings" : null);
  const rankings = needRankings ? rankingsAnswer : null;
  // A 202 (the whole-graph job still running) carries no actors: sized as if not asked, for now.
  const ranked =
    rankings?.status === "ready" && Array.isArray(rankings.data.actors)
      ? rankings.data.actors
      : null;

  const encoding = useMemo(
    () => nodeEncoding(state.sizeBy, state.colorBy, graph, ranked),
    [state.sizeBy, state.colorBy, graph, ranked],
  );

  return {
    graph,
    paths: { query, answer, chosen },
    keep,
    highlight,
    rankings,
    encoding,
  };
}
