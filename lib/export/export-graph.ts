import type { Citation, DateColumns, EvidenceColumns } from "@/lib/graph/types";
import { type EdgeFamily } from "@/lib/domain/relationship-families";

/**
 * What every export format writes: a set of actors and the relationships among them, each
 * relationship with the passages it rests on. A view export and a paths export both become one.
 */

export interface ExportNode {
  id: string;
  name: string;
  kind: string;
  /** Whole numbers the source computed (degree, distance…); null where it has none. */
  metrics: Record<string, number | null>;
  /** Paths exports: the numbers of the paths (from 1) that pass through the actor. */
  paths?: number[];
}

/**
 * One edge as a flat row, the same columns in every format (CSV and GraphML cannot nest): the
 * date as `DateColumns`, made from a relationship's `date` by `dateColumns`, and its evidence's
 * counts as `EvidenceColumns` (`evidenceColumns`).
 */
export interface ExportEdge extends DateColumns, EvidenceColumns {
  id: string;
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  family: EdgeFamily;
  /** "backs", "attacks"…; "member-of" for memberships. */
  kind: string;
  /** 1–3; null for memberships. */
  weight: number | null;
  /** The relationship's summary; the member's role for memberships. */
  summary: string;
  /** In the one citation order (see `CITATIONS`). */
  citations: Citation[];
  /** Paths exports: the numbers of the paths that use this relationship. */
  paths?: number[];
}

export interface ExportPath {
  number: number;
  /** "Iran —backs→ Pro-Iran Iraqi militias —attacks→ US forces in Iraq". */
  chain: string;
  length: number;
  hostileHops: number;
  nodeIds: string[];
  hops: Array<{ edgeId: string; forward: boolean; parallelIds: string[] }>;
}

export interface ExportGraph {
  /** Names the file: influence-atlas-<slug>.<ext>. */
  slug: string;
  /** A heading for people: "Neighbourhood of Iran, 2 steps". */
  title: string;
  /** The parameters the export was made with, for provenance. */
  query: Record<string, unknown>;
  /** True when a limit cut actors or relationships. */
  truncated: boolean;
  /** Names of the node metrics, in column order (the same for every node). */
  metricNames: string[];
  nodes: ExportNode[];
  edges: ExportEdge[];
  paths?: ExportPath[];
}
