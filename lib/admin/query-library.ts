import type { ManagedTransaction } from "neo4j-driver";
import { QUERY_LIBRARY_LABEL } from "@/lib/graph/schema";

/**
 * Takes the write lock on this user's `(:QueryLibrary)` node, creating it once (a uniqueness
 * constraint, so two instances never make two). Every change to a user's history or saved
 * queries takes it first, so their count and size caps hold however many requests or instances
 * save at once: the transactions wait for one another instead of both passing a check.
 */
export async function lockLibrary(tx: ManagedTransaction, owner: string): Promise<void> {
  await tx.run(
    `MERGE (l:${QUERY_LIBRARY_LABEL} {owner: $owner})
     SET l.changes = coalesce(l.changes, 0) + 1`,
    { owner },
  );
}

export const byteLength = (...parts: unknown[]): number =>
  parts.reduce<number>((sum, part) => sum + Buffer.byteLength(JSON.stringify(part)), 0);

// Within one process every record gets a later timestamp than the one before, so newest-first
// lists keep the order of records that share a millisecond.
let last = 0;
export function nextTimestamp(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs one user's record changes one at a time within this process, so that a burst of saves
 * waits here rather than holding pooled connections while it waits for the library lock (which
 * still orders them across instances).
 */
export function queued<T>(owner: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(owner) ?? Promise.resolve()).then(work, work);
  const tail = next.catch(() => undefined);
  queues.set(owner, tail);
  void tail.then(() => {
    if (queues.get(owner) === tail) queues.delete(owner);
  });
  return next;
}
