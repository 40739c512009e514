import { randomBytes } from "node:crypto";
import neo4j from "neo4j-driver";
import { Conflict } from "@/lib/api/errors";
import { readRows, writeRows, type Db, type Row } from "@/lib/db/session";
import { SAVED_VIEW_LABEL } from "@/lib/graph/schema";
import { str } from "@/lib/graph/values";
import {
  SAVED_VIEWS_MAX,
  type SavedViewInput,
  type SavedViewsQuery,
} from "@/lib/views/saved-view-input";

export interface SavedView {
  id: string;
  name: string;
  /** The explorer's URL query string: `/?${state}` reopens the view. */
  state: string;
  /** ISO 8601, UTC, to the millisecond. */
  createdAt: string;
}

const FIELDS = "v {.id, .name, .state, .createdAt}";

function toSavedView(row: Row): SavedView {
  const view = row.view as Row;
  return {
    id: str(view, "id"),
    name: str(view, "name"),
    state: str(view, "state"),
    createdAt: str(view, "createdAt"),
  };
}

// Within one server process every view gets a later timestamp than the one before, so the
// newest-first list keeps the order views were saved in even when two share a millisecond.
let lastCreated = 0;
function nextTimestamp(): string {
  lastCreated = Math.max(Date.now(), lastCreated + 1);
  return new Date(lastCreated).toISOString();
}

/** 64 random bits as 16 hex digits: unguessable enough for a link, and url-safe. */
export function newSavedViewId(): string {
  return randomBytes(8).toString("hex");
}

/** Stores a view; refuses (409) once SAVED_VIEWS_MAX are stored. */
export async function createSavedView(db: Db, input: SavedViewInput): Promise<SavedView> {
  const [row] = await writeRows(
    db,
    `CALL { MATCH (existing:${SAVED_VIEW_LABEL}) RETURN count(existing) AS stored }
     WITH stored WHERE stored < $max
     CREATE (v:${SAVED_VIEW_LABEL} {id: $id, name: $name, state: $state, createdAt: $createdAt})
     RETURN ${FIELDS} AS view`,
    {
      ...input,
      id: newSavedViewId(),
      createdAt: nextTimestamp(),
      max: neo4j.int(SAVED_VIEWS_MAX),
    },
  );
  if (!row) {
    throw new Conflict(
      "saved_views_full",
      `${SAVED_VIEWS_MAX} views are saved already: delete some before saving more.`,
    );
  }
  return toSavedView(row);
}

export async function getSavedView(db: Db, id: string): Promise<SavedView | null> {
  const [row] = await readRows(
    db,
    `MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) RETURN ${FIELDS} AS view`,
    { id },
  );
  return row ? toSavedView(row) : null;
}

/** Newest first; `hasMore` says whether asking again with offset + limit gives more. */
export async function listSavedViews(
  db: Db,
  query: SavedViewsQuery,
): Promise<{ views: SavedView[]; hasMore: boolean }> {
  const rows = await readRows(
    db,
    `MATCH (v:${SAVED_VIEW_LABEL})
     RETURN ${FIELDS} AS view
     ORDER BY v.createdAt DESC, v.id
     SKIP $offset LIMIT $limit`,
    { offset: neo4j.int(query.offset), limit: neo4j.int(query.limit + 1) },
  );
  return { views: rows.slice(0, query.limit).map(toSavedView), hasMore: rows.length > query.limit };
}
