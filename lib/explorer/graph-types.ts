import type { GraphResponse } from "@/lib/graph/types";

export type { GraphEdgeData, GraphNodeData } from "@/lib/graph/types";

/** What the explorer holds of /api/graph answers, merged across focus and expansions. */
export type GraphData = Pick<GraphResponse, "nodes" | "edges" | "truncated">;

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [], truncated: false };
