import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { txRows } from "@/lib/db/session";
import { str } from "@/lib/graph/values";

const BATCH = 25;
const MAX_SUFFIX = 1000;

/** `base`, then `base-2`, `base-3`…: the ids tried for a new actor or edge, in order. */
export const candidateId = (base: string, n: number) => (n === 1 ? base : `${base}-${n}`);

/**
 * The first candidate id that `taken` — a Cypher predicate on `id`, each part an index seek —
 * says is free. Asked a batch at a time, as most bases are free or nearly so: the query no longer
 * tests a thousand candidates to keep the first. Past them, a random suffix.
 */
export async function firstFreeId(
  tx: ManagedTransaction,
  base: string,
  taken: string,
): Promise<string> {
  for (let first = 1; first <= MAX_SUFFIX; first += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, i) => candidateId(base, first + i));
    const [row] = await txRows(
      tx,
      `UNWIND range(0, size($candidates) - 1) AS i
       WITH i, $candidates[i] AS id
       WHERE NOT (${taken})
       RETURN id ORDER BY i LIMIT 1`,
      { candidates },
    );
    if (row) return str(row, "id");
  }
  return `${base}-${randomUUID().slice(0, 8)}`;
}
