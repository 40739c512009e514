import type { ManagedTransaction, QueryStatistics, ResultSummary } from "neo4j-driver";
import { ApiError, Conflict, Forbidden } from "@/lib/api/errors";
import { toCypherError } from "@/lib/cypher/cypher-error";
import { checkPlan, toPlanTree, type PlanNode } from "@/lib/cypher/plan";
import {
  checkQueryText,
  checkQueryType,
  loadCsvClauses,
  readPrefix,
  type QueryMode,
  type Refusal,
} from "@/lib/cypher/safety";
import { serializeValue } from "@/lib/values/serialize";
import { tokenize } from "@/lib/cypher/tokens";
import type { CypherJson } from "@/lib/values/cypher-json";
import { openSession, type Db } from "@/lib/db/session";
import { runWriteOnce, type TxConfig } from "@/lib/cypher/write-transaction";

export interface QueryLimits {
  timeoutMs: number;
  maxRows: number;
  maxResponseBytes: number;
}

export interface QueryRequest {
  query: string;
  params: Record<string, unknown>;
  mode: QueryMode;
  /** Write mode runs a query that writes only once the caller confirmed it. */
  confirm: boolean;
  /** ATLAS_ALLOW_LOAD_CSV_URLS: write mode may LOAD CSV from literal http(s):// URLs. */
  allowLoadCsvUrls?: boolean;
  /** The URLs the caller confirmed: every LOAD CSV URL of the query, in order. */
  confirmLoadCsvUrls?: string[];
  /** Who asks, for Neo4j's transaction metadata (visible to a DBA in SHOW TRANSACTIONS). */
  user: string;
  /** Runs in the query's transaction after it changed data (the console bumps the graph version). */
  afterUpdate?: (tx: ManagedTransaction) => Promise<unknown>;
  /** Write mode: work done in the query's own transaction, such as its audit entry. */
  hooks?: WriteHooks;
}

/** What a write's hooks learn of it, inside its transaction. */
export interface WriteOutcome {
  queryType: string;
  counters: Record<string, number>;
  timeMs: number;
}

/**
 * Run in the write transaction: `start` before the query, `finish` after it and before commit.
 * If either throws, the transaction rolls back and the query's changes with it.
 */
export interface WriteHooks {
  start?(tx: ManagedTransaction): Promise<void>;
  finish(tx: ManagedTransaction, outcome: WriteOutcome): Promise<void>;
}

/** The write's own record (its audit entry) could not be written, so nothing was committed. */
export class WriteNotRecorded extends ApiError {
  constructor(readonly reason: unknown) {
    super(
      500,
      "audit_failed",
      "The write's audit entry could not be written, so the write was rolled back: nothing changed.",
    );
    this.cause = reason;
  }
}

async function runHook(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    throw error instanceof ApiError ? error : new WriteNotRecorded(error);
  }
}

export interface Notification {
  code: string;
  title: string;
  description: string;
  severity: string;
  position: { line: number; column: number; offset: number } | null;
}

export interface QuerySummary {
  queryType: string;
  counters: Record<string, number>;
  containsUpdates: boolean;
  timeMs: number;
  rowCount: number;
  truncated: boolean;
  truncatedBy: "rows" | "bytes" | null;
  notifications: Notification[];
  /** EXPLAIN or PROFILE written in the query: its plan as a tree. */
  planKind: "EXPLAIN" | "PROFILE" | null;
  plan: PlanNode | null;
}

export interface QueryResult {
  columns: string[];
  rows: CypherJson[][];
  summary: QuerySummary;
}

export class QueryRefused extends Forbidden {
  constructor(refusal: Refusal) {
    super(refusal.message, refusal.code);
  }
}

interface Preflight {
  queryType: string;
  plan: PlanNode | null;
  summary: ResultSummary;
}

/** EXPLAIN never runs the query; it tells the query type and the plan, and finds syntax errors. */
async function explain(db: Db, request: QueryRequest, limits: QueryLimits): Promise<Preflight> {
  const prefix = readPrefix(tokenize(request.query));
  // "PROFILE" and "EXPLAIN" have the same length, so replacing one keeps every error position.
  const shifted = prefix.keyword === null;
  const cypher = shifted
    ? `EXPLAIN\n${request.query}`
    : `${request.query.slice(0, prefix.offset)}EXPLAIN${request.query.slice(prefix.offset + 7)}`;
  const session = openSession(db, "READ");
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, request.params), {
      timeout: limits.timeoutMs,
    });
    const { summary } = result;
    return { queryType: summary.queryType, plan: toPlanTree(summary.plan), summary };
  } catch (error) {
    throw shifted ? toCypherError(error, 1, 8) : toCypherError(error);
  } finally {
    await session.close();
  }
}

function counters(stats: QueryStatistics): Record<string, number> {
  const updates = stats.updates();
  const systemUpdates = stats.systemUpdates();
  return systemUpdates > 0 ? { ...updates, systemUpdates } : updates;
}

function notifications(summary: ResultSummary): Notification[] {
  return summary.notifications.map((n) => ({
    code: n.code,
    title: n.title,
    description: n.description,
    severity: n.rawSeverityLevel ?? n.severityLevel,
    position:
      n.position && "line" in n.position && n.position.line !== undefined
        ? {
            line: n.position.line,
            column: n.position.column ?? 0,
            offset: n.position.offset ?? 0,
          }
        : null,
  }));
}

interface Collected {
  columns: string[];
  rows: CypherJson[][];
  truncatedBy: QuerySummary["truncatedBy"];
  summary: ResultSummary;
}

function collect(request: QueryRequest, limits: QueryLimits, started: number) {
  // Runs inside executeRead or runWriteOnce, which may retry it (before a commit only): no side
  // effects beyond the transaction's own (the query, and the hooks' writes, which roll back with it).
  return async (tx: ManagedTransaction): Promise<Collected> => {
    const { hooks } = request;
    if (hooks?.start) await runHook(() => hooks.start!(tx));
    const result = tx.run(request.query, request.params);
    const columns = await result.keys();
    const rows: CypherJson[][] = [];
    let bytes = 0;
    let truncatedBy: Collected["truncatedBy"] = null;
    for await (const record of result) {
      if (rows.length >= limits.maxRows) {
        truncatedBy = "rows";
        break;
      }
      const row = columns.map((column) => serializeValue(record.get(column)));
      bytes += Buffer.byteLength(JSON.stringify(row));
      if (bytes > limits.maxResponseBytes) {
        truncatedBy = "bytes";
        break;
      }
      rows.push(row);
    }
    // Leaving the loop early discards the rest of the stream; the summary still arrives.
    const summary = await result.summary();
    // A schema change cannot share its transaction with a data write, and changes no data.
    const changedData = summary.queryType !== "s" && summary.counters.containsUpdates();
    if (request.afterUpdate && changedData) await request.afterUpdate(tx);
    if (hooks) {
      const outcome = {
        queryType: summary.queryType,
        counters: counters(summary.counters),
        timeMs: performance.now() - started,
      };
      await runHook(() => hooks.finish(tx, outcome));
    }
    return { columns, rows, truncatedBy, summary };
  };
}

/**
 * Runs one analyst's query under the console's safety rules: keyword check, EXPLAIN pre-flight
 * (query type and plan check), read transaction unless write mode was asked for and confirmed,
 * transaction timeout, row and byte caps. Throws QueryRefused (403), Conflict (409, confirmation
 * needed) or CypherError (422).
 */
export async function runQuery(
  db: Db,
  request: QueryRequest,
  limits: QueryLimits,
): Promise<QueryResult> {
  const started = performance.now();
  const options = { allowLoadCsvUrls: request.allowLoadCsvUrls ?? false };
  const textRefusal = checkQueryText(request.query, request.mode, options);
  if (textRefusal) throw new QueryRefused(textRefusal);
  const loadCsv = loadCsvClauses(request.query);
  const preflight = await explain(db, request, limits);
  const { keyword } = readPrefix(tokenize(request.query));
  // An EXPLAIN written by the user runs nothing, so any query type may be explained in read mode.
  const explainOnly = keyword === "EXPLAIN";
  const planRefusal =
    (preflight.plan &&
      checkPlan(preflight.plan, request.mode, db.database, { ...options, loadCsv })) ||
    (!explainOnly && checkQueryType(preflight.queryType, request.mode));
  if (planRefusal) throw new QueryRefused(planRefusal);
  const loadCsvUrls = loadCsv.map((clause) => clause.url);
  // A LOAD CSV makes the database fetch its URLs even in a query that only reads.
  const needsConfirmation = preflight.queryType !== "r" || loadCsvUrls.length > 0;
  const confirmed =
    request.confirm &&
    JSON.stringify(request.confirmLoadCsvUrls ?? []) === JSON.stringify(loadCsvUrls);
  if (!explainOnly && request.mode === "write" && needsConfirmation && !confirmed) {
    const fetches = loadCsvUrls.length
      ? ` It makes the database fetch ${loadCsvUrls.join(", ")}: confirm with confirmLoadCsvUrls listing ${loadCsvUrls.length === 1 ? "it" : "them, in order"}.`
      : "";
    throw new Conflict(
      "confirmation_required",
      `This query ${preflight.queryType === "r" ? "reads" : "writes"} (query type "${preflight.queryType}"): confirm to run it.${fetches}`,
      { queryType: preflight.queryType, loadCsvUrls },
    );
  }
  if (explainOnly) {
    return {
      columns: [],
      rows: [],
      summary: {
        queryType: preflight.queryType,
        counters: counters(preflight.summary.counters),
        containsUpdates: false,
        timeMs: performance.now() - started,
        rowCount: 0,
        truncated: false,
        truncatedBy: null,
        notifications: notifications(preflight.summary),
        planKind: "EXPLAIN",
        plan: preflight.plan,
      },
    };
  }
  const config = {
    timeout: limits.timeoutMs,
    metadata: { app: "influence-atlas-admin-console", user: request.user },
  };
  try {
    const collected =
      request.mode === "write"
        ? await runWriteOnce(db, config, collect(request, limits, started), ({ summary }) => ({
            queryType: summary.queryType,
            counters: counters(summary.counters),
          }))
        : await readOnce(db, config, collect({ ...request, hooks: undefined }, limits, started));
    const { summary } = collected;
    return {
      columns: collected.columns,
      rows: collected.rows,
      summary: {
        queryType: summary.queryType,
        counters: counters(summary.counters),
        containsUpdates: summary.counters.containsUpdates(),
        timeMs: performance.now() - started,
        rowCount: collected.rows.length,
        truncated: collected.truncatedBy !== null,
        truncatedBy: collected.truncatedBy,
        notifications: notifications(summary),
        planKind: keyword,
        plan: keyword === "PROFILE" ? toPlanTree(summary.profile) : null,
      },
    };
  } catch (error) {
    throw toCypherError(error);
  }
}

/** A read is always safe to run again, so the driver's managed retries are fine here. */
async function readOnce<T>(
  db: Db,
  config: TxConfig,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = openSession(db, "READ");
  try {
    return await session.executeRead(work, config);
  } finally {
    await session.close();
  }
}
