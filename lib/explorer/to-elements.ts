import type { ElementDefinition } from "cytoscape";
import type { GraphData } from "@/lib/explorer/graph-types";
import { nodeSize } from "@/lib/explorer/influence";

/** Cytoscape elements for a graph, nodes sized by influence, in a stable (id) order. */
export function toElements(graph: GraphData, influence: Map<string, number>): ElementDefinition[] {
  const byId = <T extends { data: { id: string } }>(a: T, b: T) => (a.data.id < b.data.id ? -1 : 1);
  const nodes = [...graph.nodes].sort(byId).map(({ data }) => {
    const score = influence.get(data.id) ?? 0;
    return { group: "nodes" as const, data: { ...data, influence: score, size: nodeSize(score) } };
  });
  const edges = [...graph.edges].sort(byId).map(({ data }) => ({
    group: "edges" as const,
    data: { ...data, weight: data.weight ?? 1 },
  }));
  return [...nodes, ...edges];
}
