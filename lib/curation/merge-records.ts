import type { ManagedTransaction } from "neo4j-driver";
import type { ClaimMove, ConflictChange, HandEdge } from "@/lib/curation/merge-moves";
import type { MergeView } from "@/lib/curation/merge-types";
import { readTx, txRows, type Db, type Row } from "@/lib/db/session";
import { ACTOR_MERGE_LABEL } from "@/lib/graph/schema";
import { str, strOrNull } from "@/lib/graph/values";
import type { CypherJson } from "@/lib/values/cypher-json";

/** What a merge moved, as its `(:ActorMerge)` keeps it (JSON) for the unmerge. */
export interface MergeMoved {
  mentions: string[];
  claims: ClaimMove[];
  conflicts: ConflictChange[];
  aliases: string[];
  judgements: string[];
  passages: { id: string; added: boolean }[];
  localAliases: { documentId: string; aliases: string[] }[];
  handEdges: HandEdge[];
  /** The merged actor's name, taught to the survivor as a strong alias (null: it had it). */
  createdAliasId: string | null;
  /** The merged actor's documents the survivor was not named in before. */
  documentIds: string[];
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  mergedName: string;
  /** The merged actor's properties, in the value codec's JSON (lib/values). */
  mergedProps: Record<string, CypherJson>;
  moved: MergeMoved;
  by: string;
  at: string;
}

export const toMergeRecordProps = (record: MergeRecord) => ({
  ...record,
  mergedProps: JSON.stringify(record.mergedProps),
  moved: JSON.stringify(record.moved),
});

const MERGE_FIELDS = (m: string) =>
  `${m} {.id, .survivorId, .mergedId, .mergedName, .by, .at, .undoneBy, .undoneAt,
         survivorName: COLLECT { MATCH (s:Actor {id: ${m}.survivorId}) RETURN s.name }[0]}`;

function toMergeView(row: Row): MergeView {
  return {
    id: str(row, "id"),
    survivorId: str(row, "survivorId"),
    survivorName: strOrNull(row, "survivorName"),
    mergedId: str(row, "mergedId"),
    mergedName: str(row, "mergedName"),
    by: str(row, "by"),
    at: str(row, "at"),
    undoneBy: strOrNull(row, "undoneBy"),
    undoneAt: strOrNull(row, "undoneAt"),
  };
}

export async function readMerge(tx: ManagedTransaction, id: string): Promise<MergeView> {
  const [row] = await txRows(
    tx,
    `MATCH (m:${ACTOR_MERGE_LABEL} {id: $id}) RETURN ${MERGE_FIELDS("m")} AS merge`,
    { id },
  );
  return toMergeView(row!.merge as Row);
}

/** A merge with what it moved, locked for its unmerge; null when there is none of that id. */
export async function lockMergeRecord(
  tx: ManagedTransaction,
  id: string,
): Promise<(MergeRecord & { undoneAt: string | null }) | null> {
  const [row] = await txRows(
    tx,
    `MATCH (m:${ACTOR_MERGE_LABEL} {id: $id})
     SET m._lock = true REMOVE m._lock
     RETURN m {.*} AS merge`,
    { id },
  );
  if (!row) return null;
  const m = row.merge as Row;
  return {
    id: str(m, "id"),
    survivorId: str(m, "survivorId"),
    mergedId: str(m, "mergedId"),
    mergedName: str(m, "mergedName"),
    mergedProps: JSON.parse(str(m, "mergedProps")) as Record<string, CypherJson>,
    moved: JSON.parse(str(m, "moved")) as MergeMoved,
    by: str(m, "by"),
    at: str(m, "at"),
    undoneAt: strOrNull(m, "undoneAt"),
  };
}

/** `GET /api/actors/merges`: the latest merges, newest first, undone ones too. */
export async function listMerges(db: Db, limit = 50): Promise<MergeView[]> {
  return readTx(db, async (tx) => {
    const rows = await txRows(
      tx,
      `MATCH (m:${ACTOR_MERGE_LABEL})
       WITH m ORDER BY m.at DESC LIMIT toInteger($limit)
       RETURN ${MERGE_FIELDS("m")} AS merge`,
      { limit },
    );
    return rows.map((row) => toMergeView(row.merge as Row));
  });
}
