import type { GraphData, GraphEdgeData } from "@/lib/explorer/graph-types";

export interface Expansion {
  graph: GraphData;
  /** Neighbours of the expanded actor that were left out to keep the picture readable. */
  remaining: number;
}

/**
 * Adds the neighbours of `actorId` found in `neighbourhood` to `current`, strongest relationship
 * first, at most `limit` new actors (all of them when `limit` is null).
 */
export function expandGraph(
  current: GraphData,
  neighbourhood: GraphData,
  actorId: string,
  limit: number | null,
): Expansion {
  const present = new Set(current.nodes.map(({ data }) => data.id));
  const strength = new Map<string, number>();
  for (const { data } of neighbourhood.edges) {
    const other = otherEnd(data, actorId);
    if (other === null || present.has(other)) continue;
    strength.set(other, Math.max(strength.get(other) ?? 0, data.weight ?? 1));
  }
  const ranked = [...strength.entries()]
    .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : 1))
    .map(([id]) => id);
  const chosen = new Set(limit === null ? ranked : ranked.slice(0, limit));
  const nodes = [
    ...current.nodes,
    ...neighbourhood.nodes.filter(({ data }) => chosen.has(data.id)),
  ];
  const included = new Set(nodes.map(({ data }) => data.id));
  const edgeIds = new Set(current.edges.map(({ data }) => data.id));
  const edges = [
    ...current.edges,
    ...neighbourhood.edges.filter(
      ({ data }) => !edgeIds.has(data.id) && included.has(data.source) && included.has(data.target),
    ),
  ];
  return {
    graph: { nodes, edges, truncated: current.truncated || neighbourhood.truncated },
    remaining: ranked.length - chosen.size,
  };
}

function otherEnd(edge: GraphEdgeData, actorId: string): string | null {
  if (edge.source === actorId) return edge.target;
  if (edge.target === actorId) return edge.source;
  return null;
}
