import { NO_STORE, noStoreResponse } from "@/lib/api/read-response";
import { STORED_GZIP_ACCEPTED, STORED_GZIP_ENCODING } from "@/lib/api/stored-gzip.mjs";
import { analysisJob, type JobAnswer, type JobResult } from "@/lib/analysis/jobs";
import type { JobAnalysis } from "@/lib/analysis/job-phases";
import type { Db } from "@/lib/db/session";

/** How long a request waits for a job before answering 202, unless it says otherwise. */
export const DEFAULT_WAIT_MS = 10_000;
const MAX_WAIT_MS = 30_000;

/**
 * RFC 7240: `Prefer: respond-async` answers at once (202 while the job runs); `Prefer: wait=N`
 * waits up to N seconds; otherwise DEFAULT_WAIT_MS, so a small graph's first answer is a 200.
 */
export function waitOf(request: Request): number {
  const prefer = (request.headers.get("prefer") ?? "").toLowerCase();
  if (/(^|[\s,;])respond-async($|[\s,;])/.test(prefer)) return 0;
  const wait = /(^|[\s,;])wait=(\d+)/.exec(prefer);
  return wait ? Math.min(MAX_WAIT_MS, Number(wait[2]) * 1000) : DEFAULT_WAIT_MS;
}

export const jobStatusUrl = (analysis: JobAnalysis) => `/api/analysis/jobs/${analysis}`;

/** What a poll of a job that is not done says: its phase, how far, where to ask again. */
export function pendingBody(analysis: JobAnalysis, answer: Exclude<JobAnswer, { status: "done" }>) {
  return {
    analysis,
    status: answer.status,
    graphVersion: answer.graphVersion,
    progress: answer.progress,
    error: answer.error,
    statusUrl: jobStatusUrl(analysis),
  };
}

/**
 * A job's answer over HTTP: 202 with its progress while it runs; 200 with the result once done,
 * or `view(result)` when the route asks for part of it. The whole result is the stored gzip as it
 * is when the server can pass it through (lib/api/stored-gzip.mjs), else the stored JSON text: a
 * warm answer costs no JSON work either way, and the first no compression (the 100k graph's
 * rankings are 38 MB of JSON, 1.4 s to compress again).
 */
export async function jobResponse(
  db: Db,
  request: Request,
  analysis: JobAnalysis,
  view?: (result: JobResult) => unknown,
): Promise<Response> {
  const answer = await analysisJob(db, analysis, waitOf(request));
  if (answer.status !== "done") {
    return noStoreResponse(pendingBody(analysis, answer), {
      status: 202,
      headers: { "Retry-After": "1", "Content-Location": jobStatusUrl(analysis) },
    });
  }
  const part = view?.(answer.result);
  if (part !== undefined) return noStoreResponse(part);
  const headers = { "Content-Type": "application/json", Vary: "Accept-Encoding" };
  if (request.headers.get(STORED_GZIP_ACCEPTED) === "1") {
    return new Response(new Uint8Array(answer.result.gzip), {
      headers: {
        ...headers,
        "Cache-Control": `${NO_STORE}, no-transform`,
        [STORED_GZIP_ENCODING]: "gzip",
      },
    });
  }
  return new Response(new Uint8Array(answer.result.json()), {
    headers: { ...headers, "Cache-Control": NO_STORE },
  });
}
