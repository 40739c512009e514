import { randomUUID } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { aboutRefs, createAuditRefs, type AuditAbout } from "@/lib/audit/audit-about";
import { readRows, type Db, type Row } from "@/lib/db/session";

/**
 * `(:AuditEntry)`: one per attempted change. It is written by `recordAudit` inside the
 * transaction that makes the change, so a change never commits without its entry; a refused or
 * failed attempt gets one in a transaction of its own.
 */
export const AUDIT_ENTRY_LABEL = "AuditEntry";

// "unknown": a console write whose commit got no answer (it may or may not have been applied).
export const AUDIT_OUTCOMES = ["ok", "error", "refused", "unconfirmed", "unknown"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Largest page of GET /api/cypher/audit. */
export const AUDIT_PAGE_MAX = 200;

/**
 * What a caller records. `before`, `after` and `params` are JSON in the wire format of
 * lib/values (serializeValue's output, or parameters as the console accepts them); they are stored
 * as JSON strings, since a Neo4j property cannot hold a map.
 */
export interface AuditInput {
  user: string;
  role: string;
  /** A hash of the session id, never the id itself (it authenticates). */
  sessionId: string | null;
  ip: string | null;
  /** What was attempted: "cypher.write", and later "user.role", "curation.accept", … */
  action: string;
  /** What it was done to: a user name, an actor id; the database for a console write. */
  target: string | null;
  before?: unknown;
  after?: unknown;
  query?: string | null;
  params?: Record<string, unknown> | null;
  counters?: Record<string, number> | null;
  outcome: AuditOutcome;
  queryType?: string | null;
  error?: { code: string; message: string } | null;
  timeMs?: number | null;
  /** Every document, actor, claim and edge the change touched: its history lists the entry. */
  about?: AuditAbout;
}

export interface AuditEntry {
  id: string;
  /** ISO 8601, UTC, to the millisecond. */
  at: string;
  user: string;
  role: string;
  sessionId: string | null;
  ip: string | null;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  query: string | null;
  params: Record<string, unknown> | null;
  counters: Record<string, number> | null;
  outcome: AuditOutcome;
  queryType: string | null;
  error: { code: string; message: string } | null;
  timeMs: number | null;
}

// Within one process every entry gets a later timestamp than the one before, so the newest-first
// list keeps the order of entries that share a millisecond.
let lastAt = 0;
function nextTimestamp(): string {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return new Date(lastAt).toISOString();
}

const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value);

/**
 * Writes the entry in `tx`: call it in the transaction that makes the change, after the change,
 * so that if either fails neither is kept. Returns the entry's id.
 */
export async function recordAudit(tx: ManagedTransaction, input: AuditInput): Promise<string> {
  const id = randomUUID();
  const at = nextTimestamp();
  await tx.run(`CREATE (a:${AUDIT_ENTRY_LABEL}) SET a = $entry ${createAuditRefs("a")}`, {
    refs: aboutRefs(input.about),
    entry: {
      id,
      at,
      user: input.user,
      role: input.role,
      sessionId: input.sessionId,
      ip: input.ip,
      action: input.action,
      target: input.target,
      before: json(input.before),
      after: json(input.after),
      query: input.query ?? null,
      params: json(input.params),
      counters: json(input.counters),
      outcome: input.outcome,
      queryType: input.queryType ?? null,
      error: json(input.error),
      timeMs: input.timeMs == null ? null : Math.round(input.timeMs),
    },
  });
  return id;
}

/** The number of entries, from Neo4j's count store: cheap enough to take before and after a write. */
export async function countAuditEntries(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run(`MATCH (a:${AUDIT_ENTRY_LABEL}) RETURN count(a) AS n`);
  return (result.records[0]?.get("n") as { toNumber(): number }).toNumber();
}

export interface AuditFilter {
  user?: string;
  outcome?: AuditOutcome;
  action?: string;
  offset: number;
  limit: number;
}

const parsed = (value: unknown) =>
  typeof value === "string" ? (JSON.parse(value) as unknown) : null;
const text = (value: unknown) => (typeof value === "string" ? value : null);

export function toAuditEntry(row: Row): AuditEntry {
  const a = row.entry as Row;
  return {
    id: String(a.id),
    at: String(a.at),
    user: String(a.user),
    role: String(a.role),
    sessionId: text(a.sessionId),
    ip: text(a.ip),
    action: String(a.action),
    target: text(a.target),
    before: parsed(a.before),
    after: parsed(a.after),
    query: text(a.query),
    params: parsed(a.params) as AuditEntry["params"],
    counters: parsed(a.counters) as AuditEntry["counters"],
    outcome: a.outcome as AuditOutcome,
    queryType: text(a.queryType),
    error: parsed(a.error) as AuditEntry["error"],
    timeMs: typeof a.timeMs === "number" ? a.timeMs : null,
  };
}

/** Newest first, filtered; `hasMore` says whether asking again with offset + limit gives more. */
export async function listAudit(
  db: Db,
  filter: AuditFilter,
): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const rows = await readRows(
    db,
    // As the history feed: newest first in the order of the audit_entry_at index, no full sort.
    `MATCH (a:${AUDIT_ENTRY_LABEL})
     WHERE a.at IS NOT NULL AND ($user IS NULL OR a.user = $user)
       AND ($outcome IS NULL OR a.outcome = $outcome)
       AND ($action IS NULL OR a.action = $action)
     RETURN properties(a) AS entry
     ORDER BY a.at DESC, a.id DESC
     SKIP $offset LIMIT $limit`,
    {
      user: filter.user ?? null,
      outcome: filter.outcome ?? null,
      action: filter.action ?? null,
      offset: neo4j.int(filter.offset),
      limit: neo4j.int(filter.limit + 1),
    },
  );
  return {
    entries: rows.slice(0, filter.limit).map(toAuditEntry),
    hasMore: rows.length > filter.limit,
  };
}
