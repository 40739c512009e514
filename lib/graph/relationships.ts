import type { ManagedTransaction } from "neo4j-driver";
import { readTx, txRows, type Db } from "@/lib/db/session";
import { CLAIM_TYPES, MEMBERSHIP, RELATIONSHIP } from "@/lib/graph/cypher";
import { toMembership, toRelationship } from "@/lib/graph/mappers";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import type { Relationship, RelationshipResponse } from "@/lib/graph/types";
import { obj } from "@/lib/graph/values";

/**
 * A relationship with its citations, looked up through the id constraints of each type; a
 * membership id answers too, since the graph draws memberships as edges. Null when unknown.
 */
export async function getRelationship(db: Db, id: string): Promise<RelationshipResponse | null> {
  return readTx(db, async (tx) => {
    for (const type of Object.values(RELATIONSHIP_TYPES)) {
      const [row] = await txRows(
        tx,
        `MATCH (s:Actor)-[r:${type} {id: $id}]->(t:Actor)
         RETURN ${RELATIONSHIP("s", "r", "t")} AS relationship`,
        { id },
      );
      if (row) return { relationship: toRelationship(obj(row, "relationship")) };
    }
    const [row] = await txRows(
      tx,
      `MATCH (m:Actor)-[r:${MEMBERSHIP_TYPE} {id: $id}]->(g:Actor)
       RETURN ${MEMBERSHIP("m", "r", "g")} AS membership`,
      { id },
    );
    return row ? { membership: toMembership(obj(row, "membership")) } : null;
  });
}

export interface RelationshipRef {
  id: string;
  source: string;
  target: string;
}

/**
 * Influence and hostility relationships known by id and ends, in one read: one index seek on
 * each source, then its outgoing ties matched by id. Unknown refs are left out.
 */
export async function relationshipsByRef(
  tx: ManagedTransaction,
  refs: RelationshipRef[],
): Promise<Map<string, Relationship>> {
  if (refs.length === 0) return new Map();
  const found = await txRows(
    tx,
    `UNWIND $refs AS ref
     MATCH (s:Actor {id: ref.source})-[r:${CLAIM_TYPES}]->(t:Actor {id: ref.target})
     WHERE r.id = ref.id
     RETURN ${RELATIONSHIP("s", "r", "t")} AS relationship`,
    { refs: refs.map(({ id, source, target }) => ({ id, source, target })) },
  );
  const relationships = found.map((row) => toRelationship(obj(row, "relationship")));
  return new Map(relationships.map((r) => [r.id, r]));
}
