import { readTx, txRows, type Db } from "@/lib/db/session";
import { MEMBERSHIP, RELATIONSHIP } from "@/lib/graph/cypher";
import { toMembership, toRelationship } from "@/lib/graph/mappers";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import type { RelationshipResponse } from "@/lib/graph/types";
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
