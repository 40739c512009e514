import type { ManagedTransaction } from "neo4j-driver";
import { readTx, txRows, type Db } from "@/lib/db/session";
import { ACTOR_REDIRECT_LABEL } from "@/lib/graph/schema";

/** A merge of a merge of …: followed this far, which no curator's history comes near. */
const REDIRECT_HOPS_MAX = 20;

/**
 * The actor an id now stands for when no actor has it: the survivor of the merge that removed it,
 * followed through later merges; null when the id is an actor's, unknown, or its survivor is gone.
 */
export async function redirectTarget(tx: ManagedTransaction, id: string): Promise<string | null> {
  let current = id;
  for (let hop = 0; hop < REDIRECT_HOPS_MAX; hop++) {
    const [row] = await txRows(
      tx,
      `OPTIONAL MATCH (a:Actor {id: $id})
       OPTIONAL MATCH (r:${ACTOR_REDIRECT_LABEL} {id: $id})
       RETURN a IS NOT NULL AS actor, r.to AS to`,
      { id: current },
    );
    if (row?.actor) return current === id ? null : current;
    if (typeof row?.to !== "string") return null;
    current = row.to;
  }
  return null;
}

/** `redirectTarget` in a read transaction of its own: for the routes and pages that follow it. */
export function resolveActorRedirect(db: Db, id: string): Promise<string | null> {
  return readTx(db, (tx) => redirectTarget(tx, id));
}
