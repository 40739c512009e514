/** The shapes of /api/graph as the explorer reads them (see issue 4, "The read API"). */
export interface GraphNodeData {
  id: string;
  label: string;
  kind: string;
  influence?: number;
  [key: string]: unknown;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  family: string;
  kind: string;
  weight?: number | null;
  summary?: string | null;
  dateStart?: string | null;
  dateEnd?: string | null;
  dateLabel?: string | null;
  [key: string]: unknown;
}

export interface GraphData {
  nodes: { data: GraphNodeData }[];
  edges: { data: GraphEdgeData }[];
  truncated: boolean;
}

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [], truncated: false };
