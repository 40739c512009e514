import { z } from "zod";
import { ApiError, Conflict, Forbidden } from "@/lib/api/errors";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { addToHistory } from "@/lib/admin/history";
import {
  countAuditEntries,
  recordAudit,
  type AuditInput,
  type AuditOutcome,
} from "@/lib/audit/audit-entries";
import { parseEnv } from "@/lib/config/env";
import { cypherParamsSchema } from "@/lib/cypher/param-schema";
import { paramsFromJson } from "@/lib/cypher/params";
import {
  runQuery,
  type QueryLimits,
  type QueryResult,
  type WriteHooks,
  WriteNotRecorded,
} from "@/lib/cypher/run-query";
import { WriteOutcomeUnknown } from "@/lib/cypher/write-transaction";
import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";

export const cypherBodySchema = z.object({
  query: z.string().trim().min(1, "must not be empty").max(100_000),
  params: cypherParamsSchema.default({}),
  mode: z.enum(["read", "write"]).default("read"),
  confirm: z.boolean().default(false),
  // With confirm: the LOAD CSV URLs the 409 listed, in order (details.loadCsvUrls).
  confirmLoadCsvUrls: z.array(z.string().max(10_000)).max(100).optional(),
});
export type CypherBody = z.infer<typeof cypherBodySchema>;

export const CONSOLE_WRITE_ACTION = "cypher.write";

export function queryLimits(): QueryLimits {
  const env = parseEnv();
  return {
    timeoutMs: env.ATLAS_CYPHER_TIMEOUT_MS,
    maxRows: env.ATLAS_CYPHER_MAX_ROWS,
    maxResponseBytes: env.ATLAS_CYPHER_MAX_RESPONSE_BYTES,
  };
}

function outcomeOf(error: unknown): AuditOutcome {
  if (error instanceof WriteOutcomeUnknown) return "unknown";
  if (error instanceof Conflict) return "unconfirmed";
  if (error instanceof Forbidden) return "refused";
  return "error";
}

function errorOf(error: unknown): AuditInput["error"] {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return { code: "internal_error", message: String(error) };
}

/**
 * The audit entry of a write is written by `finish`, in the write's own transaction: if it cannot
 * be written, the write rolls back. `start` and `finish` also refuse a write that deletes audit
 * entries (their number is read from the count store, before and after).
 */
function auditHooks(entry: Omit<AuditInput, "outcome">, written: { done: boolean }): WriteHooks {
  let before = 0;
  return {
    async start(tx) {
      before = await countAuditEntries(tx);
    },
    async finish(tx, outcome) {
      if ((await countAuditEntries(tx)) < before) {
        throw new Forbidden("A console write may not delete audit entries.", "audit_protected");
      }
      await recordAudit(tx, { ...entry, ...outcome, outcome: "ok" });
      written.done = true;
    },
  };
}

const historyOutcome = (outcome: AuditOutcome) =>
  outcome === "error" || outcome === "unknown" ? "error" : "refused";

/** What a 409 or a write_outcome_unknown tells of the query. */
interface FailureDetails {
  queryType?: string;
  counters?: Record<string, number>;
}

/** A refused or failed attempt's entry, in a transaction of its own; its failure is only logged. */
async function recordAttempt(db: Db, entry: AuditInput): Promise<void> {
  try {
    await writeTx(db, (tx) => recordAudit(tx, entry));
  } catch (error) {
    console.error("Could not write the audit entry of a refused or failed console write", error);
  }
}

/**
 * One console request: role check, the query under the safety rules, history, and, for write
 * mode, its audit entry in the write's own transaction (refused and failed attempts get one too).
 */
export async function runConsoleQuery(
  db: Db,
  actor: AuditActor,
  body: CypherBody,
): Promise<QueryResult> {
  const { query, params, mode, confirm, confirmLoadCsvUrls } = body;
  const entry = {
    ...actor,
    action: CONSOLE_WRITE_ACTION,
    target: db.database,
    query,
    params,
  };
  const written = { done: false };
  let result: QueryResult | undefined;
  let failure: unknown;
  try {
    if (mode === "write" && actor.role !== "admin") {
      throw new Forbidden("Write mode needs the admin role.");
    }
    result = await runQuery(
      db,
      {
        query,
        params: paramsFromJson(params),
        mode,
        confirm,
        ...(confirmLoadCsvUrls && { confirmLoadCsvUrls }),
        allowLoadCsvUrls: parseEnv().ATLAS_ALLOW_LOAD_CSV_URLS,
        user: actor.user,
        // Every cache of the graph is keyed by its version: bump it in the write's transaction.
        afterUpdate: bumpGraphVersion,
        ...(mode === "write" && { hooks: auditHooks(entry, written) }),
      },
      queryLimits(),
    );
  } catch (error) {
    failure = error;
  }
  // The write's own entry counts only once committed: a failed attempt gets one of its own, and so
  // does a commit whose outcome is unknown (its own entry is then there if the write is).
  if (mode === "write" && !(result && written.done)) {
    const details = failure instanceof ApiError ? (failure.details as FailureDetails) : undefined;
    await recordAttempt(db, {
      ...entry,
      outcome: result ? "ok" : outcomeOf(failure),
      queryType: result?.summary.queryType ?? details?.queryType ?? null,
      counters: result?.summary.counters ?? details?.counters ?? null,
      error: result ? null : errorOf(failure),
      timeMs: result?.summary.timeMs ?? null,
    });
  }
  if (failure instanceof WriteOutcomeUnknown) {
    console.error(
      "A console write's commit got no answer: it may or may not have committed",
      failure.reason,
    );
  }
  if (failure instanceof WriteNotRecorded) {
    console.error(
      "A console write was rolled back: its audit entry could not be written",
      failure.reason,
    );
  }
  await addToHistory(db, actor.user, {
    query,
    params,
    mode,
    outcome: result ? "ok" : historyOutcome(outcomeOf(failure)),
  }).catch((error: unknown) => console.error("Could not add a console query to history", error));
  if (!result) throw failure;
  return result;
}
