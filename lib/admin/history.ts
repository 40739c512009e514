import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import neo4j from "neo4j-driver";
import { byteLength, lockLibrary, nextTimestamp, queued } from "@/lib/admin/query-library";
import { readRows, writeTx, type Db, type Row } from "@/lib/db/session";
import { QUERY_HISTORY_LABEL } from "@/lib/graph/schema";

/** Per user: the newest entries are kept, the oldest dropped past either cap. */
export const HISTORY_MAX_ENTRIES = 100;
export const HISTORY_MAX_BYTES = 1024 * 1024;
export const HISTORY_PAGE_MAX = 100;

export const historyEntrySchema = z.object({
  query: z.string(),
  params: z.record(z.string(), z.unknown()),
  mode: z.enum(["read", "write"]),
  at: z.string(),
  outcome: z.enum(["ok", "error", "refused"]),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export interface Page {
  offset: number;
  limit: number;
}

function toEntry(row: Row): HistoryEntry {
  const h = row.entry as Row;
  return {
    query: String(h.query),
    params: JSON.parse(String(h.params)) as Record<string, unknown>,
    mode: h.mode as HistoryEntry["mode"],
    at: String(h.at),
    outcome: h.outcome as HistoryEntry["outcome"],
  };
}

/** Newest first. */
export async function readHistory(
  db: Db,
  owner: string,
  page: Page = { offset: 0, limit: 50 },
): Promise<{ history: HistoryEntry[]; hasMore: boolean }> {
  const rows = await readRows(
    db,
    `MATCH (h:${QUERY_HISTORY_LABEL} {owner: $owner})
     RETURN h {.query, .params, .mode, .at, .outcome} AS entry
     ORDER BY h.at DESC, h.id DESC
     SKIP $offset LIMIT $limit`,
    { owner, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) },
  );
  return { history: rows.slice(0, page.limit).map(toEntry), hasMore: rows.length > page.limit };
}

/**
 * Newest first; running the same query again moves it to the top instead of repeating it. Past
 * HISTORY_MAX_ENTRIES or HISTORY_MAX_BYTES the oldest entries are dropped (the newest is kept
 * whatever its size).
 */
export async function addToHistory(
  db: Db,
  owner: string,
  entry: Omit<HistoryEntry, "at">,
): Promise<void> {
  const key = createHash("sha256").update(`${owner}\n${entry.query}`).digest("hex");
  await queued(owner, () =>
    writeTx(db, async (tx) => {
      await lockLibrary(tx, owner);
      await tx.run(
        `MERGE (h:${QUERY_HISTORY_LABEL} {key: $key})
       ON CREATE SET h.id = $id, h.owner = $owner
       SET h.query = $query, h.params = $params, h.mode = $mode, h.at = $at,
           h.outcome = $outcome, h.size = $size`,
        {
          key,
          id: randomUUID(),
          owner,
          query: entry.query,
          params: JSON.stringify(entry.params),
          mode: entry.mode,
          at: nextTimestamp(),
          outcome: entry.outcome,
          size: neo4j.int(byteLength(entry.query, entry.params)),
        },
      );
      await tx.run(
        `MATCH (h:${QUERY_HISTORY_LABEL} {owner: $owner})
       WITH h ORDER BY h.at DESC, h.id DESC
       WITH collect(h) AS entries
       UNWIND range(1, size(entries) - 1) AS i
       WITH entries[i] AS h, i, reduce(total = 0, e IN entries[0..i + 1] | total + e.size) AS total
       WHERE i >= $maxEntries OR total > $maxBytes
       DELETE h`,
        {
          owner,
          maxEntries: neo4j.int(HISTORY_MAX_ENTRIES),
          maxBytes: neo4j.int(HISTORY_MAX_BYTES),
        },
      );
    }),
  );
}
