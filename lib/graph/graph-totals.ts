import type { ManagedTransaction } from "neo4j-driver";
import { txRows } from "@/lib/db/session";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";

export interface GraphTotals {
  actors: number;
  /** Influence and hostility ties. */
  relationships: number;
  memberships: number;
}

/**
 * The whole graph's size, read from Neo4j's count store (no scan): views report what they left
 * out against it, and the explorer decides from it whether to summarise.
 */
export async function graphTotals(tx: ManagedTransaction): Promise<GraphTotals> {
  const [row] = await txRows(
    tx,
    `RETURN COUNT { (:Actor) } AS actors,
            COUNT { ()-[:${RELATIONSHIP_TYPES.influence}]->() } +
            COUNT { ()-[:${RELATIONSHIP_TYPES.hostility}]->() } AS relationships,
            COUNT { ()-[:${MEMBERSHIP_TYPE}]->() } AS memberships`,
  );
  return {
    actors: Number(row?.actors ?? 0),
    relationships: Number(row?.relationships ?? 0),
    memberships: Number(row?.memberships ?? 0),
  };
}

/** The totals as a view's counts name them. */
export async function viewTotals(tx: ManagedTransaction) {
  const totals = await graphTotals(tx);
  return { totalActors: totals.actors, totalEdges: totals.relationships + totals.memberships };
}
