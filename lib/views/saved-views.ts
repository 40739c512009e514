import { randomBytes } from "node:crypto";
import neo4j from "neo4j-driver";
import { Forbidden, NotFound } from "@/lib/api/errors";
import { readRows, writeTx, txRows, type Db, type Row } from "@/lib/db/session";
import { SAVED_VIEW_LABEL } from "@/lib/graph/schema";
import { str, strOrNull } from "@/lib/graph/values";
import type { SavedViewsQuery } from "@/lib/views/saved-view-input";

/** A view as anyone with its link sees it: never its owner or the hash of its address. */
export interface SavedView {
  id: string;
  name: string;
  /** The explorer's URL query string: `/?${state}` reopens the view. */
  state: string;
  /** ISO 8601, UTC, to the millisecond. */
  createdAt: string;
  /** Present when the signed-in viewer saved it. */
  mine?: true;
}

export const SAVED_VIEW_FIELDS = "v {.id, .name, .state, .createdAt, .owner}";

/** `viewer` is the signed-in username asking, if any: it decides `mine`, nothing else. */
export function toSavedView(row: Row, viewer?: string | null): SavedView {
  const view = row.view as Row;
  const owner = strOrNull(view, "owner");
  return {
    id: str(view, "id"),
    name: str(view, "name"),
    state: str(view, "state"),
    createdAt: str(view, "createdAt"),
    ...(viewer && owner === viewer && { mine: true as const }),
  };
}

/** 64 random bits as 16 hex digits: unguessable enough for a link, and url-safe. */
export function newSavedViewId(): string {
  return randomBytes(8).toString("hex");
}

/** Anyone may read a view by its id: the link is the permission. */
export async function getSavedView(
  db: Db,
  id: string,
  viewer?: string | null,
): Promise<SavedView | null> {
  const [row] = await readRows(
    db,
    `MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) RETURN ${SAVED_VIEW_FIELDS} AS view`,
    { id },
  );
  return row ? toSavedView(row, viewer) : null;
}

/** One user's own views, newest first; `hasMore` says whether offset + limit gives more. */
export async function listSavedViews(
  db: Db,
  owner: string,
  query: SavedViewsQuery,
): Promise<{ views: SavedView[]; hasMore: boolean }> {
  const rows = await readRows(
    db,
    `MATCH (v:${SAVED_VIEW_LABEL} {owner: $owner})
     RETURN ${SAVED_VIEW_FIELDS} AS view
     ORDER BY v.createdAt DESC, v.id
     SKIP $offset LIMIT $limit`,
    { owner, offset: neo4j.int(query.offset), limit: neo4j.int(query.limit + 1) },
  );
  return {
    views: rows.slice(0, query.limit).map((row) => toSavedView(row, owner)),
    hasMore: rows.length > query.limit,
  };
}

/** Deletes a view its owner saved: 404 when there is none, 403 when someone else saved it. */
export async function deleteSavedView(db: Db, id: string, owner: string): Promise<void> {
  await writeTx(db, async (tx) => {
    const [row] = await txRows(
      tx,
      `MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) RETURN v.owner AS owner`,
      {
        id,
      },
    );
    if (!row) throw new NotFound(`No saved view with id "${id}".`);
    if (row.owner !== owner)
      throw new Forbidden("Only the account that saved a view may delete it.");
    await txRows(tx, `MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) DELETE v`, { id });
  });
}
