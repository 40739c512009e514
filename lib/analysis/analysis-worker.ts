import { gzipSync } from "node:zlib";
import { parentPort, workerData } from "node:worker_threads";
import type { AnalysisGraph } from "@/lib/analysis/analysis-graph";
import { analyseBalance } from "@/lib/analysis/balance";
import { analyseBalanceAtScale } from "@/lib/analysis/balance-at-scale";
import type { JobAnalysis } from "@/lib/analysis/job-phases";
import { computeRankings } from "@/lib/analysis/rankings";
import { computeRankingsAtScale } from "@/lib/analysis/rankings-at-scale";
import { rankingsBody, rankingsSummary } from "@/lib/analysis/rankings-body";
import type { SignedGraph } from "@/lib/analysis/types";

/** What the worker is asked to compute: the exact analyses on a small graph, or at scale. */
export type WorkerInput =
  | { analysis: JobAnalysis; version: string; tier: "exact"; graph: SignedGraph }
  | { analysis: JobAnalysis; version: string; tier: "scale"; graph: AnalysisGraph };

export type WorkerMessage =
  | { type: "progress"; phase: string; fraction: number }
  | { type: "done"; gzip?: Uint8Array; summary?: string; body?: unknown }
  | { type: "error"; message: string };

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort!.postMessage(message, transfer);

let last = 0;
function progress(phase: string, fraction: number): void {
  const now = Date.now();
  if (fraction > 0 && fraction < 1 && now - last < 200) return;
  last = now;
  post({ type: "progress", phase, fraction });
}

function run(input: WorkerInput): void {
  if (input.analysis === "balance") {
    progress("triads", 0);
    const body =
      input.tier === "exact"
        ? analyseBalance(input.graph)
        : analyseBalanceAtScale(input.graph, progress);
    post({ type: "done", body: { graphVersion: input.version, ...body } });
    return;
  }
  progress("pageRank", 0);
  const rankings =
    input.tier === "exact"
      ? {
          actors: computeRankings(input.graph),
          betweennessMethod: { kind: "exact", algorithm: "brandes" } as const,
        }
      : computeRankingsAtScale(input.graph, progress);
  progress("storing", 0);
  const body = rankingsBody(input.version, rankings);
  const gzip = gzipSync(JSON.stringify(body));
  const bytes = new Uint8Array(gzip);
  post({ type: "done", gzip: bytes, summary: JSON.stringify(rankingsSummary(body)) }, [
    bytes.buffer as ArrayBuffer,
  ]);
}

try {
  run(workerData as WorkerInput);
} catch (error) {
  post({ type: "error", message: error instanceof Error ? error.message : String(error) });
}
