import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gunzipSync, gzip as gzipCallback } from "node:zlib";
import { loadAnalysisGraph } from "@/lib/analysis/analysis-graph";
import type { BalanceReport } from "@/lib/analysis/balance";
import { hydrateBalance } from "@/lib/analysis/balance-hydrate";
import { memoByVersion } from "@/lib/analysis/cache";
import { overallFraction, PHASE_LABELS, type JobAnalysis } from "@/lib/analysis/job-phases";
import {
  claimJob,
  failJob,
  finishJob,
  heartbeat,
  jobKey,
  readJob,
  type JobState,
} from "@/lib/analysis/job-store";
import { ANALYSIS_LIMITS, graphSize, loadSignedGraph } from "@/lib/analysis/load-graph";
import { analyseJob, type JobInput } from "@/lib/analysis/analyse-job";
import { runInWorker } from "@/lib/analysis/run-in-worker";
import type { Db } from "@/lib/db/session";
import { currentGraphVersion, NO_GRAPH_VERSION } from "@/lib/graph/graph-version";
import { VersionCache } from "@/lib/graph/version-cache";

const gzip = promisify(gzipCallback);

/** A lease lasts this long; the owner renews it every HEARTBEAT_MS while it computes. */
export const JOB_LEASE_MS = 15_000;
const HEARTBEAT_MS = 2_000;
const RETRY_AFTER_FAILURE_MS = 30_000;
const POLL_MS = 200;
const PHASE_BEAT_MS = 250;

export interface JobProgress {
  phase: string;
  label: string;
  /** The whole job, 0–1. */
  fraction: number;
  startedAt: string | null;
}

/**
 * A finished answer: the JSON body gzip-compressed as stored, its small summary; unzipped and
 * parsed lazily, once per instance.
 */
export class JobResult {
  private text: Buffer | undefined;
  private parsed: unknown;
  private parsedSummary: unknown;
  constructor(
    readonly gzip: Buffer,
    readonly summaryJson: string | null,
  ) {}
  /** The body's JSON text, as UTF-8. */
  json(): Buffer {
    this.text ??= gunzipSync(this.gzip);
    return this.text;
  }
  body<T>(): T {
    this.parsed ??= JSON.parse(this.json().toString("utf8"));
    return this.parsed as T;
  }
  summary<T>(): T | null {
    if (this.summaryJson === null) return null;
    this.parsedSummary ??= JSON.parse(this.summaryJson);
    return this.parsedSummary as T;
  }
}

export type JobAnswer =
  | { status: "done"; graphVersion: string; result: JobResult }
  | {
      status: "running" | "failed";
      graphVersion: string;
      progress: JobProgress;
      error: string | null;
    };

// Per process: the finished answers of the current version (a version drops the older ones), and
// the jobs this process is computing. Everything other instances must see is in Neo4j.
// Kept on globalThis: each route's bundle may hold its own copy of this module.
interface Here {
  done: VersionCache<JobResult>;
  running: Map<string, Promise<void>>;
  owner: string;
}
const shared = globalThis as typeof globalThis & { __atlasJobs?: Here };
const {
  done,
  running: here,
  owner,
} = (shared.__atlasJobs ??= {
  done: new VersionCache<JobResult>(Infinity),
  running: new Map(),
  owner: randomUUID(),
});

function progressOf(analysis: JobAnalysis, state: JobState | null): JobProgress {
  const phase = state?.phase ?? "queued";
  return {
    phase,
    label: PHASE_LABELS[phase] ?? phase,
    fraction: state ? overallFraction(analysis, phase, state.fraction) : 0,
    startedAt: state?.startedAt ? new Date(state.startedAt).toISOString() : null,
  };
}

/**
 * Graphs whose exact analyses cost less than starting a worker (a thread that parses a 1.2 MB
 * bundle: 50–100 ms of CPU on a core the other requests need) are analysed in the request's own
 * process. Exact betweenness is O(actors × relationships); at this bound the whole of it takes a
 * millisecond or two of the event loop. The seed (40 actors, 80 relationships) is one of them.
 */
export const IN_PROCESS_UNDER = { actorsTimesRelationships: 20_000 };

/** Reads and computes one analysis; `report` is told of every phase change and fraction. */
async function compute(
  db: Db,
  analysis: JobAnalysis,
  version: string,
  report: (phase: string, fraction: number) => void,
): Promise<JobResult> {
  const size = await graphSize(db);
  const exact =
    size.actors <= ANALYSIS_LIMITS.actors && size.relationships <= ANALYSIS_LIMITS.relationships;
  report("loading", 0);
  const input: JobInput = exact
    ? {
        analysis,
        version,
        tier: "exact",
        graph: await memoByVersion("graph", version, () => loadSignedGraph(db)),
      }
    : {
        analysis,
        version,
        tier: "scale",
        graph: await loadAnalysisGraph(db, (read) =>
          report("loading", read / Math.max(1, size.actors)),
        ),
      };
  const answer =
    exact && size.actors * size.relationships <= IN_PROCESS_UNDER.actorsTimesRelationships
      ? analyseJob(input, report)
      : await runInWorker(input, report);
  report("storing", 0);
  if (answer.gzip) return new JobResult(Buffer.from(answer.gzip), answer.summary ?? null);
  let body = answer.body as BalanceReport;
  if (!exact) body = await hydrateBalance(db, body);
  return new JobResult(await gzip(JSON.stringify(body)), null);
}

/** The job this process claimed: compute, keep the lease alive, store the answer in Neo4j. */
async function runClaimed(db: Db, analysis: JobAnalysis, version: string): Promise<void> {
  const key = jobKey(analysis, version);
  let current = { phase: "queued", fraction: 0 };
  let lost = false;
  // One heartbeat at a time, each sending the latest progress, so they never land out of order.
  let beats = Promise.resolve();
  let lastBeatAt = Date.now(); // the claim wrote the lease and the "queued" phase
  let dueBeat: ReturnType<typeof setTimeout> | undefined;
  const beat = () => {
    lastBeatAt = Date.now();
    return (beats = beats.then(() =>
      heartbeat(db, key, owner, JOB_LEASE_MS, {
        phase: current.phase,
        fraction: current.fraction,
      }).then(
        (kept) => void (lost ||= !kept),
        () => undefined,
      ),
    ));
  };
  // A new phase is sent at once, unless a beat went out less than PHASE_BEAT_MS ago: then with
  // one due at that mark. So the page's progress is at most that late, and a job of milliseconds
  // (the seed's, in-process) writes none: a write per phase was most of its time (6 commits).
  const phaseChanged = () => {
    if (dueBeat) return;
    const wait = lastBeatAt + PHASE_BEAT_MS - Date.now();
    if (wait <= 0) return void beat();
    dueBeat = setTimeout(() => {
      dueBeat = undefined;
      void beat();
    }, wait);
    dueBeat.unref();
  };
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  timer.unref();
  try {
    const result = await compute(db, analysis, version, (phase, fraction) => {
      const changed = phase !== current.phase;
      current = { phase, fraction };
      if (changed) phaseChanged();
    });
    clearTimeout(dueBeat);
    await beats;
    if (lost) return;
    if (await finishJob(db, { key, analysis }, owner, result.gzip, result.summaryJson)) {
      done.set(version, analysis, result, 0);
    }
  } catch (error) {
    console.error(`Analysis job ${key} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    await failJob(db, key, owner, message, RETRY_AFTER_FAILURE_MS).catch(() => undefined);
  } finally {
    clearInterval(timer);
    clearTimeout(dueBeat);
  }
}

const free = (state: JobState) =>
  state.status === "new" || (state.status !== "done" && (state.leaseUntil ?? 0) < state.now);

/**
 * Waits `ms`, or less if `running` (this process's own run of the job) settles first: a request
 * waiting on a job computed here wakes when it is stored, not at its next poll (on the seed, a
 * job takes tens of milliseconds and the poll added up to POLL_MS to each first answer).
 */
function pause(ms: number, running: Promise<void> | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void running?.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The answer of `analysis` for the current graph version, from this process's memory, else from
 * Neo4j; when there is none yet, the job is claimed (by this instance, unless another holds a live
 * lease) and computed in a worker, and this waits up to `waitMs` for it before answering with its
 * progress. A graph never written through the app has no version: computed here, never stored.
 */
export async function analysisJob(
  db: Db,
  analysis: JobAnalysis,
  waitMs: number,
): Promise<JobAnswer> {
  const version = await currentGraphVersion(db);
  if (version === NO_GRAPH_VERSION) {
    return {
      status: "done",
      graphVersion: version,
      result: await compute(db, analysis, version, () => {}),
    };
  }
  const key = jobKey(analysis, version);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const kept = done.get(version, analysis);
    if (kept) return { status: "done", graphVersion: version, result: kept };
    const job = await readJob(db, key);
    if (job?.state.status === "done" && job.result) {
      const result = new JobResult(job.result, job.summary);
      done.set(version, analysis, result, 0);
      return { status: "done", graphVersion: version, result };
    }
    let state = job?.state ?? null;
    if (!here.has(key) && (state === null || free(state))) {
      const claim = await claimJob(db, { key, analysis, version }, owner, JOB_LEASE_MS);
      state = claim.state;
      if (claim.claimed) {
        here.set(
          key,
          runClaimed(db, analysis, version).finally(() => here.delete(key)),
        );
      }
    }
    if (Date.now() >= deadline) {
      return {
        status: state?.status === "failed" ? "failed" : "running",
        graphVersion: version,
        progress: progressOf(analysis, state),
        error: state?.error ?? null,
      };
    }
    await pause(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), here.get(key));
  }
}
