import type { GraphData, GraphEdgeData } from "@/lib/explorer/graph-types";
import type { ViewState } from "@/lib/explorer/view-state";
import { periodEnd, periodStart } from "@/lib/domain/periods";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";

export interface FilterResult {
  hidden: Set<string>;
  nodes: { shown: number; hidden: number };
  edges: { shown: number; hidden: number };
}

export type Filters = Pick<
  ViewState,
  "families" | "kinds" | "minWeight" | "from" | "to" | "undated"
>;

export function edgePasses(edge: GraphEdgeData, filters: Filters): boolean {
  if (!(filters.families as string[]).includes(edge.family)) return false;
  // Memberships are structural: they carry no weight and no date.
  if (edge.family === "membership") return true;
  if ((edge.weight ?? 1) < filters.minWeight) return false;
  const start = edge.dateStart ?? null;
  if (!start) return filters.undated;
  const end = edge.dateEnd ?? start;
  if (filters.to && periodStart(start) > periodEnd(filters.to)) return false;
  if (filters.from && periodEnd(end) < periodStart(filters.from)) return false;
  return true;
}

/** Whether the filters leave out any relationship at all (a family, a weight, a date). */
function narrowsRelationships(filters: Filters): boolean {
  return (
    filters.families.length < EDGE_FAMILIES.length ||
    filters.minWeight > 1 ||
    Boolean(filters.from) ||
    Boolean(filters.to) ||
    !filters.undated
  );
}

/**
 * Which loaded elements the filters hide. A node goes when its kind is filtered out, or when none
 * of its relationships is shown — had it none at all (an actor a curator just added, not yet in
 * any claim), it stays until a filter on relationships is set, which the API's filtered graph
 * would not list it under either. The focused actor always stays, and so does every element in
 * `keep` (a path the user asked to see).
 */
export function applyFilters(
  graph: GraphData,
  filters: Filters,
  focus: string | null,
  keep: ReadonlySet<string> = new Set(),
): FilterResult {
  const hidden = new Set<string>();
  for (const { data } of graph.nodes) {
    if (!(filters.kinds as string[]).includes(data.kind) && data.id !== focus) hidden.add(data.id);
  }
  const loadedDegree = new Map<string, number>();
  const shownDegree = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const { data } of graph.edges) {
    bump(loadedDegree, data.source);
    bump(loadedDegree, data.target);
    const visible =
      keep.has(data.id) ||
      (!hidden.has(data.source) && !hidden.has(data.target) && edgePasses(data, filters));
    if (!visible) {
      hidden.add(data.id);
      continue;
    }
    bump(shownDegree, data.source);
    bump(shownDegree, data.target);
  }
  for (const id of keep) hidden.delete(id);
  const narrowing = narrowsRelationships(filters);
  for (const { data } of graph.nodes) {
    if (data.id === focus || keep.has(data.id)) continue;
    const hadSome = (loadedDegree.get(data.id) ?? 0) > 0;
    if ((hadSome || narrowing) && (shownDegree.get(data.id) ?? 0) === 0) hidden.add(data.id);
  }
  const hiddenNodes = graph.nodes.filter(({ data }) => hidden.has(data.id)).length;
  const hiddenEdges = graph.edges.filter(({ data }) => hidden.has(data.id)).length;
  return {
    hidden,
    nodes: { shown: graph.nodes.length - hiddenNodes, hidden: hiddenNodes },
    edges: { shown: graph.edges.length - hiddenEdges, hidden: hiddenEdges },
  };
}
