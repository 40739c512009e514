import neo4j from "neo4j-driver";
import { AUDIT_REF_LABEL, aboutRef, type AboutKind } from "@/lib/audit/audit-about";
import { AUDIT_ENTRY_LABEL, toAuditEntry, type AuditEntry } from "@/lib/audit/audit-entries";
import { readRows, type Db } from "@/lib/db/session";

/** Largest page of GET /api/history. */
export const HISTORY_ENTRIES_MAX = 200;

/** The actions the global feed (/admin/changes) lists: curation's, not the console's or accounts'. */
export const CURATION_ACTION_PREFIXES = [
  "claim.",
  "mention.",
  "actor.",
  "alias.",
  "document.",
  "revert",
];

/** The newest revert of an entry: who undid it, when, and with which entry. */
export interface RevertMark {
  entryId: string;
  user: string;
  at: string;
  action: string;
}

/** An entry as a curator sees it: who and when, what before and after; no address or session. */
export type ChangeEntry = Pick<
  AuditEntry,
  "id" | "at" | "user" | "role" | "action" | "target" | "before" | "after" | "params" | "outcome"
> & { revertedBy: RevertMark | null };

export interface HistoryFilter {
  /** One thing's history; without it, the global feed. */
  about?: { kind: AboutKind; id: string };
  user?: string;
  offset: number;
  limit: number;
}

const toChangeEntry = (entry: AuditEntry, revertedBy: RevertMark | null): ChangeEntry => ({
  id: entry.id,
  at: entry.at,
  user: entry.user,
  role: entry.role,
  action: entry.action,
  target: entry.target,
  before: entry.before,
  after: entry.after,
  params: entry.params,
  outcome: entry.outcome,
  revertedBy,
});

/** Which of these entries were reverted, and by which entry: reverts are about what they undo. */
async function revertMarks(db: Db, entryIds: string[]): Promise<Map<string, RevertMark>> {
  if (entryIds.length === 0) return new Map();
  const rows = await readRows(
    db,
    // `at IS NOT NULL` (every ref has one) lets the composite index (ref, at) answer the seek.
    `MATCH (r:${AUDIT_REF_LABEL}) WHERE r.ref IN $refs AND r.at IS NOT NULL
     MATCH (a:${AUDIT_ENTRY_LABEL} {id: r.entryId})
     WITH r.ref AS ref, a ORDER BY a.at DESC
     WITH ref, collect(a)[0] AS a
     RETURN substring(ref, size('entry:')) AS id, a {entryId: a.id, .user, .at, .action} AS mark`,
    { refs: entryIds.map((id) => aboutRef("entry", id)) },
  );
  return new Map(rows.map((row) => [String(row.id), row.mark as RevertMark]));
}

/** Newest first; `hasMore` says whether asking again with offset + limit gives more. */
export async function listHistory(
  db: Db,
  filter: HistoryFilter,
): Promise<{ entries: ChangeEntry[]; hasMore: boolean }> {
  const page = {
    user: filter.user ?? null,
    offset: neo4j.int(filter.offset),
    limit: neo4j.int(filter.limit + 1),
  };
  const rows = filter.about
    ? await readRows(
        db,
        `MATCH (r:${AUDIT_REF_LABEL} {ref: $ref}) WHERE r.at IS NOT NULL
         MATCH (a:${AUDIT_ENTRY_LABEL} {id: r.entryId})
         WHERE $user IS NULL OR a.user = $user
         RETURN properties(a) AS entry
         ORDER BY a.at DESC, a.id DESC
         SKIP $offset LIMIT $limit`,
        { ...page, ref: aboutRef(filter.about.kind, filter.about.id) },
      )
    : await readRows(
        db,
        // `at IS NOT NULL` (every entry has one) lets the newest be read in the index's order
        // (audit_entry_at), stopping at the page, instead of scanning and sorting every entry.
        `MATCH (a:${AUDIT_ENTRY_LABEL})
         WHERE a.at IS NOT NULL AND any(prefix IN $prefixes WHERE a.action STARTS WITH prefix)
           AND ($user IS NULL OR a.user = $user)
         RETURN properties(a) AS entry
         ORDER BY a.at DESC, a.id DESC
         SKIP $offset LIMIT $limit`,
        { ...page, prefixes: CURATION_ACTION_PREFIXES },
      );
  const entries = rows.slice(0, filter.limit).map((row) => toAuditEntry(row));
  const marks = await revertMarks(
    db,
    entries.map((entry) => entry.id),
  );
  return {
    entries: entries.map((entry) => toChangeEntry(entry, marks.get(entry.id) ?? null)),
    hasMore: rows.length > filter.limit,
  };
}
