import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Conflict, NotFound } from "@/lib/api/errors";
import neo4j from "neo4j-driver";
import { byteLength, lockLibrary, nextTimestamp, queued } from "@/lib/admin/query-library";
import type { Page } from "@/lib/admin/history";
import { cypherParamsSchema } from "@/lib/cypher/param-schema";
import { readRows, txRows, writeTx, type Db, type Row } from "@/lib/db/session";
import { SAVED_QUERY_LABEL } from "@/lib/graph/schema";

/** Per user; saving past either cap answers 409 naming it. */
export const SAVED_QUERIES_MAX = 200;
export const SAVED_QUERIES_MAX_BYTES = 2 * 1024 * 1024;
export const SAVED_QUERIES_PAGE_MAX = 200;

export const savedQueryInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  query: z.string().min(1).max(100_000),
  params: cypherParamsSchema.default({}),
});
export type SavedQueryInput = z.infer<typeof savedQueryInputSchema>;

export const savedQuerySchema = savedQueryInputSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedQuery = z.infer<typeof savedQuerySchema>;

const FIELDS = "s {.id, .name, .query, .params, .createdAt, .updatedAt} AS saved";

function toSavedQuery(row: Row): SavedQuery {
  const s = row.saved as Row;
  return {
    id: String(s.id),
    name: String(s.name),
    query: String(s.query),
    params: JSON.parse(String(s.params)) as SavedQuery["params"],
    createdAt: String(s.createdAt),
    updatedAt: String(s.updatedAt),
  };
}

/** By name. */
export async function listSavedQueries(
  db: Db,
  owner: string,
  page: Page = { offset: 0, limit: SAVED_QUERIES_PAGE_MAX },
): Promise<{ saved: SavedQuery[]; hasMore: boolean }> {
  const rows = await readRows(
    db,
    `MATCH (s:${SAVED_QUERY_LABEL} {owner: $owner})
     RETURN ${FIELDS}
     ORDER BY s.name, s.id
     SKIP $offset LIMIT $limit`,
    { owner, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) },
  );
  return { saved: rows.slice(0, page.limit).map(toSavedQuery), hasMore: rows.length > page.limit };
}

/**
 * Saving under an existing name replaces that query (same id, new updatedAt). Refuses (409)
 * past SAVED_QUERIES_MAX queries or SAVED_QUERIES_MAX_BYTES of query text and parameters.
 */
export async function saveQuery(
  db: Db,
  owner: string,
  input: SavedQueryInput,
): Promise<SavedQuery> {
  const size = byteLength(input.query, input.params);
  return queued(owner, () =>
    writeTx(db, async (tx) => {
      await lockLibrary(tx, owner);
      const [stored] = await txRows(
        tx,
        `OPTIONAL MATCH (old:${SAVED_QUERY_LABEL} {owner: $owner, name: $name})
       CALL () { MATCH (s:${SAVED_QUERY_LABEL} {owner: $owner}) RETURN count(s) AS stored, sum(s.size) AS bytes }
       RETURN stored - CASE WHEN old IS NULL THEN 0 ELSE 1 END AS others,
              bytes - coalesce(old.size, 0) AS otherBytes`,
        { owner, name: input.name },
      );
      const others = Number(stored!.others);
      const otherBytes = Number(stored!.otherBytes);
      if (others + 1 > SAVED_QUERIES_MAX) {
        throw new Conflict(
          "saved_queries_full",
          `You have ${SAVED_QUERIES_MAX} saved queries, the most kept per user: delete some before saving more.`,
          { cap: "SAVED_QUERIES_MAX", max: SAVED_QUERIES_MAX },
        );
      }
      if (otherBytes + size > SAVED_QUERIES_MAX_BYTES) {
        throw new Conflict(
          "saved_queries_too_large",
          `Your saved queries would take more than ${SAVED_QUERIES_MAX_BYTES} bytes, the most kept per user: delete some before saving more.`,
          { cap: "SAVED_QUERIES_MAX_BYTES", maxBytes: SAVED_QUERIES_MAX_BYTES },
        );
      }
      const now = nextTimestamp();
      const [row] = await txRows(
        tx,
        `MERGE (s:${SAVED_QUERY_LABEL} {owner: $owner, name: $name})
         ON CREATE SET s.id = $id, s.createdAt = $now
         SET s.query = $query, s.params = $params, s.size = $size, s.updatedAt = $now
         RETURN ${FIELDS}`,
        {
          owner,
          name: input.name,
          id: randomUUID(),
          now,
          query: input.query,
          params: JSON.stringify(input.params),
          size: neo4j.int(size),
        },
      );
      return toSavedQuery(row!);
    }),
  );
}

export async function deleteSavedQuery(db: Db, owner: string, id: string): Promise<void> {
  const deleted = await queued(owner, () =>
    writeTx(db, async (tx) => {
      await lockLibrary(tx, owner);
      const [row] = await txRows(
        tx,
        `MATCH (s:${SAVED_QUERY_LABEL} {owner: $owner, id: $id}) DELETE s RETURN count(*) AS n`,
        { owner, id },
      );
      return Number(row?.n ?? 0);
    }),
  );
  if (deleted === 0) throw new NotFound(`No saved query ${id}`);
}
