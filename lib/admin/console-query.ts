import { z } from "zod";
import { ApiError, Conflict, Forbidden } from "@/lib/api/errors";
import { appendAudit, type AuditEntry } from "@/lib/admin/audit-log";
import { addToHistory } from "@/lib/admin/history";
import type { Session } from "@/lib/auth/session-token";
import { parseEnv } from "@/lib/config/env";
import { cypherParamsSchema } from "@/lib/cypher/param-schema";
import { paramsFromJson } from "@/lib/cypher/params";
import { runQuery, type QueryLimits, type QueryResult } from "@/lib/cypher/run-query";
import type { Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";

export const cypherBodySchema = z.object({
  query: z.string().trim().min(1, "must not be empty").max(100_000),
  params: cypherParamsSchema.default({}),
  mode: z.enum(["read", "write"]).default("read"),
  confirm: z.boolean().default(false),
});
export type CypherBody = z.infer<typeof cypherBodySchema>;

export function queryLimits(): QueryLimits {
  const env = parseEnv();
  return {
    timeoutMs: env.ATLAS_CYPHER_TIMEOUT_MS,
    maxRows: env.ATLAS_CYPHER_MAX_ROWS,
    maxResponseBytes: env.ATLAS_CYPHER_MAX_RESPONSE_BYTES,
  };
}

function outcomeOf(error: unknown): AuditEntry["outcome"] {
  if (error instanceof Conflict) return "unconfirmed";
  if (error instanceof Forbidden) return "refused";
  return "error";
}

/** One console request: role check, the query under the safety rules, history, and audit. */
export async function runConsoleQuery(
  db: Db,
  session: Session,
  body: CypherBody,
): Promise<QueryResult> {
  const { query, params, mode, confirm } = body;
  if (mode === "write" && session.role !== "admin") {
    throw new Forbidden("Write mode needs the admin role.");
  }
  const started = new Date();
  const record = async (outcome: AuditEntry["outcome"], result?: QueryResult, error?: unknown) => {
    await addToHistory(session.username, {
      query,
      params,
      mode,
      at: started.toISOString(),
      outcome: outcome === "ok" ? "ok" : outcome === "error" ? "error" : "refused",
    });
    if (mode !== "write") return;
    await appendAudit({
      at: started.toISOString(),
      user: session.username,
      role: session.role,
      query,
      params,
      queryType:
        result?.summary.queryType ??
        ((error instanceof ApiError && (error.details as { queryType?: string })?.queryType) ||
          null),
      outcome,
      counters: result?.summary.counters ?? null,
      error:
        error instanceof ApiError
          ? { code: error.code, message: error.message }
          : error
            ? { code: "internal_error", message: String(error) }
            : null,
      timeMs: result ? Math.round(result.summary.timeMs) : null,
    });
  };
  try {
    const result = await runQuery(
      db,
      {
        query,
        params: paramsFromJson(params),
        mode,
        confirm,
        user: session.username,
        // Every cache of the graph is keyed by its version: bump it in the write's transaction.
        afterUpdate: bumpGraphVersion,
      },
      queryLimits(),
    );
    await record("ok", result);
    return result;
  } catch (error) {
    await record(outcomeOf(error), undefined, error);
    throw error;
  }
}
