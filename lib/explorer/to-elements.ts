import type { ElementDefinition } from "cytoscape";
import type { GraphData, GraphNodeData } from "@/lib/explorer/graph-types";
import { nodeSize } from "@/lib/explorer/influence";

/** How nodes are drawn beyond their kind: a size per actor, and a fill colour. */
export interface NodeEncoding {
  sizes?: ReadonlyMap<string, number>;
  colorOf?: (node: GraphNodeData) => string;
}

/**
 * Cytoscape elements for a graph, in a stable (id) order. Nodes are sized by influence unless the
 * encoding gives sizes; `color`, when given, fills them (the stylesheet prefers it to the kind's).
 */
export function toElements(
  graph: GraphData,
  influence: Map<string, number>,
  encoding: NodeEncoding = {},
): ElementDefinition[] {
  const byId = <T extends { data: { id: string } }>(a: T, b: T) => (a.data.id < b.data.id ? -1 : 1);
  const nodes = [...graph.nodes].sort(byId).map(({ data }) => {
    const score = influence.get(data.id) ?? 0;
    const size = encoding.sizes?.get(data.id) ?? nodeSize(score);
    const color = encoding.colorOf?.(data);
    return {
      group: "nodes" as const,
      data: { ...data, influence: score, size, ...(color ? { color } : {}) },
    };
  });
  const edges = [...graph.edges].sort(byId).map(({ data }) => ({
    group: "edges" as const,
    data: { ...data, weight: data.weight ?? 1 },
  }));
  return [...nodes, ...edges];
}
