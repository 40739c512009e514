import neo4j from "neo4j-driver";
import { z } from "zod";
import { readRows, writeRows, type Db } from "@/lib/db/session";
import { ANALYSIS_JOB_LABEL } from "@/lib/graph/schema";

/**
 * A whole-graph analysis's job as every instance sees it, in one `(:AnalysisJob {key})` node per
 * analysis and graph version: who computes it (a lease, renewed by a heartbeat; a lease that ran
 * out is taken over), how far it is, and the finished answer (gzip-compressed JSON, base64). Times
 * are the database's clock (`timestamp()`), so instances need not agree on theirs.
 */
export const jobStateSchema = z.object({
  status: z.enum(["new", "running", "done", "failed"]),
  phase: z.string().nullable().default(null),
  fraction: z.number().min(0).max(1).default(0),
  startedAt: z.number().nullable().default(null),
  finishedAt: z.number().nullable().default(null),
  leaseUntil: z.number().nullable().default(null),
  now: z.number(),
  error: z.string().nullable().default(null),
});
export type JobState = z.infer<typeof jobStateSchema>;

export interface StoredJob {
  state: JobState;
  /** The gzip-compressed answer, once done. */
  result: Buffer | null;
  /** A small JSON digest of the answer kept beside it (the top rankings), if any. */
  summary: string | null;
}

const JOB = `j {.status, .phase, .fraction, .startedAt, .finishedAt, .leaseUntil, .error, now: timestamp()}`;

export const jobKey = (analysis: string, version: string) => `${analysis}@${version}`;

function stored(row: Record<string, unknown> | undefined): StoredJob | null {
  if (!row) return null;
  const result = typeof row.result === "string" ? Buffer.from(row.result, "base64") : null;
  const summary = typeof row.summary === "string" ? row.summary : null;
  return { state: jobStateSchema.parse(row.job), result, summary };
}

export async function readJob(db: Db, key: string): Promise<StoredJob | null> {
  const [row] = await readRows(
    db,
    `MATCH (j:${ANALYSIS_JOB_LABEL} {key: $key})
     RETURN ${JOB} AS job, CASE WHEN j.status = 'done' THEN j.result END AS result,
            CASE WHEN j.status = 'done' THEN j.summary END AS summary`,
    { key },
  );
  return stored(row);
}

/**
 * Takes the job for `owner` when nobody holds it: new, or its lease ran out (a crashed or stopped
 * instance; a failure waits for its lease too, so a job that always fails is not retried on every
 * request). The MERGE on the unique key and the SET lock the node, so of two instances claiming at
 * once one waits for the other's commit and then sees the job taken.
 */
export async function claimJob(
  db: Db,
  job: { key: string; analysis: string; version: string },
  owner: string,
  leaseMs: number,
): Promise<{ claimed: boolean; state: JobState }> {
  const [row] = await writeRows(
    db,
    `MERGE (j:${ANALYSIS_JOB_LABEL} {key: $key})
       ON CREATE SET j.analysis = $analysis, j.graphVersion = $version, j.status = 'new'
     SET j.touchedAt = timestamp()
     WITH j, j.status = 'new' OR (j.status IN ['running', 'failed'] AND j.leaseUntil < timestamp()) AS free
     FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
       SET j.status = 'running', j.owner = $owner, j.leaseUntil = timestamp() + $leaseMs,
           j.phase = 'queued', j.fraction = 0.0, j.startedAt = timestamp(), j.error = null)
     RETURN free AS claimed, ${JOB} AS job`,
    { ...job, owner, leaseMs: neo4j.int(leaseMs) },
  );
  return { claimed: row?.claimed === true, state: jobStateSchema.parse(row?.job) };
}

/** Renews the lease and records progress; false when the job is no longer this owner's. */
export async function heartbeat(
  db: Db,
  key: string,
  owner: string,
  leaseMs: number,
  progress: { phase: string; fraction: number },
): Promise<boolean> {
  const [row] = await writeRows(
    db,
    `MATCH (j:${ANALYSIS_JOB_LABEL} {key: $key}) WHERE j.owner = $owner AND j.status = 'running'
     SET j.leaseUntil = timestamp() + $leaseMs, j.phase = $phase, j.fraction = $fraction
     RETURN count(j) AS kept`,
    { key, owner, leaseMs: neo4j.int(leaseMs), ...progress },
  );
  return Number(row?.kept ?? 0) > 0;
}

/** Stores the answer and drops the jobs of older versions of the same analysis. */
export async function finishJob(
  db: Db,
  job: { key: string; analysis: string },
  owner: string,
  result: Buffer,
  summary: string | null,
): Promise<boolean> {
  const [row] = await writeRows(
    db,
    `MATCH (j:${ANALYSIS_JOB_LABEL} {key: $key}) WHERE j.owner = $owner
     SET j.status = 'done', j.phase = 'done', j.fraction = 1.0, j.finishedAt = timestamp(),
         j.result = $result, j.summary = $summary, j.resultBytes = $bytes, j.leaseUntil = null
     WITH j
     CALL (j) {
       MATCH (old:${ANALYSIS_JOB_LABEL} {analysis: $analysis}) WHERE old.key <> j.key
       DETACH DELETE old
     }
     RETURN count(j) AS kept`,
    {
      ...job,
      owner,
      result: result.toString("base64"),
      summary,
      bytes: neo4j.int(result.length),
    },
  );
  return Number(row?.kept ?? 0) > 0;
}

export async function failJob(
  db: Db,
  key: string,
  owner: string,
  message: string,
  retryMs: number,
): Promise<void> {
  await writeRows(
    db,
    `MATCH (j:${ANALYSIS_JOB_LABEL} {key: $key}) WHERE j.owner = $owner
     SET j.status = 'failed', j.error = $message, j.leaseUntil = timestamp() + $retryMs`,
    { key, owner, message, retryMs: neo4j.int(retryMs) },
  );
}
