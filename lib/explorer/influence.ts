import type { GraphData } from "@/lib/explorer/graph-types";

/**
 * An actor's influence for sizing and the concentric layout: the summed weight of the influence
 * it gives across the whole graph (the API's `influenceWeight`), so it keeps its size in every view.
 */
export function influenceScores(graph: GraphData): Map<string, number> {
  return new Map(graph.nodes.map(({ data }) => [data.id, data.influenceWeight]));
}

export function nodeSize(influence: number): number {
  return Math.round(Math.min(84, 26 + 9 * Math.sqrt(influence)));
}
