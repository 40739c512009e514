import type { InfluencePath, PathHop } from "@/lib/analysis/path-shape";
import type { ActorRef } from "@/lib/analysis/types";
import type { GraphData, GraphEdgeData, GraphNodeData } from "@/lib/explorer/graph-types";
import { dateColumns, evidenceColumns } from "@/lib/graph/mappers";
import { DEFAULT_VIEW, type ViewState } from "@/lib/explorer/view-state";
import { type ActorKind } from "@/lib/domain/actor-kinds";
import type { RelationshipFamily } from "@/lib/domain/relationship-families";

/** The paths the explorer asks /api/paths for: the view state's path fields, once both ends are chosen. */
export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  families: RelationshipFamily[];
  directed: boolean;
}

type PathFields = Pick<
  ViewState,
  "tool" | "pathFrom" | "pathTo" | "pathK" | "pathMaxHops" | "pathFamilies" | "pathDirected"
>;

/** Closing the path finder forgets its question, so the URL goes back to a plain view. */
export const CLOSED_PATHS: Partial<ViewState> = {
  tool: null,
  pathFrom: DEFAULT_VIEW.pathFrom,
  pathTo: DEFAULT_VIEW.pathTo,
  pathK: DEFAULT_VIEW.pathK,
  pathMaxHops: DEFAULT_VIEW.pathMaxHops,
  pathFamilies: DEFAULT_VIEW.pathFamilies,
  pathDirected: DEFAULT_VIEW.pathDirected,
  pathIndex: DEFAULT_VIEW.pathIndex,
};

/**
 * Opening the path finder: the panel takes the place of the details, and the chain starts from
 * the selected actor, or else the focused one, unless a start is already chosen.
 */
export function openPaths(
  state: Pick<ViewState, "pathFrom" | "selection" | "focus">,
): Partial<ViewState> {
  const selected = state.selection?.type === "node" ? state.selection.id : null;
  return {
    tool: "paths",
    selection: null,
    reading: null,
    pathFrom: state.pathFrom ?? selected ?? state.focus,
  };
}

/** Null until the path tool is open with two different actors and at least one family. */
export function pathQuery(state: PathFields): PathQuery | null {
  const { pathFrom: from, pathTo: to } = state;
  if (state.tool !== "paths" || !from || !to || from === to) return null;
  if (state.pathFamilies.length === 0) return null;
  return {
    from,
    to,
    k: state.pathK,
    maxHops: state.pathMaxHops,
    families: [...state.pathFamilies],
    directed: state.pathDirected,
  };
}

export function pathsUrl(query: PathQuery): string {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    k: String(query.k),
    maxHops: String(query.maxHops),
    families: query.families.join(","),
    directed: String(query.directed),
  });
  return `/api/paths?${params}`;
}

/** The ids Cytoscape knows the path by: its actors, and one relationship per hop. */
export function pathElementIds(path: InfluencePath): { nodes: string[]; edges: string[] } {
  return {
    nodes: path.nodes.map((node) => node.id),
    edges: path.relationships.map((hop) => hop.id),
  };
}

/** "−" when the chain carries an odd number of hostile hops (an enemy's friend is an enemy), else "+". */
export function pathSign(path: Pick<InfluencePath, "hostileHops">): "+" | "−" {
  return path.hostileHops % 2 === 1 ? "−" : "+";
}

function nodeFromPath(actor: ActorRef): { data: GraphNodeData } {
  return {
    data: {
      id: actor.id,
      label: actor.name,
      kind: actor.kind as ActorKind,
      influenceOut: 0,
      influenceIn: 0,
      hostilityOut: 0,
      hostilityIn: 0,
      influenceWeight: 0,
      degree: 0,
      distance: null,
    },
  };
}

function edgeFromHop(hop: PathHop): { data: GraphEdgeData } {
  return {
    data: {
      id: hop.id,
      source: hop.source,
      target: hop.target,
      family: hop.family,
      kind: hop.kind,
      weight: hop.weight,
      summary: hop.summary,
      ...dateColumns(hop.date),
      citationCount: hop.citations.length,
      ...evidenceColumns(hop.evidence),
    },
  };
}

/**
 * The view's graph with the path's actors and hops added where the focus and depth left them out.
 * Elements come from the whole graph when it holds them (so sizes and counts stay right), else
 * they are built from the path itself.
 */
export function addPathToGraph(
  graph: GraphData,
  whole: GraphData,
  path: InfluencePath | null,
): GraphData {
  if (!path) return graph;
  const nodeIds = new Set(graph.nodes.map(({ data }) => data.id));
  const edgeIds = new Set(graph.edges.map(({ data }) => data.id));
  const wholeNodes = new Map(whole.nodes.map((node) => [node.data.id, node]));
  const wholeEdges = new Map(whole.edges.map((edge) => [edge.data.id, edge]));
  const nodes = path.nodes
    .filter((actor) => !nodeIds.has(actor.id))
    .map((actor) => wholeNodes.get(actor.id) ?? nodeFromPath(actor));
  const edges = path.relationships
    .filter((hop) => !edgeIds.has(hop.id))
    .map((hop) => wholeEdges.get(hop.id) ?? edgeFromHop(hop));
  if (nodes.length === 0 && edges.length === 0) return graph;
  return {
    nodes: [...graph.nodes, ...nodes],
    edges: [...graph.edges, ...edges],
    truncated: graph.truncated,
  };
}
