import { gzipSync } from "node:zlib";
import type { AnalysisGraph } from "@/lib/analysis/analysis-graph";
import { analyseBalance } from "@/lib/analysis/balance";
import { analyseBalanceAtScale } from "@/lib/analysis/balance-at-scale";
import type { JobAnalysis } from "@/lib/analysis/job-phases";
import { computeRankings } from "@/lib/analysis/rankings";
import { computeRankingsAtScale } from "@/lib/analysis/rankings-at-scale";
import { rankingsBody, rankingsSummary } from "@/lib/analysis/rankings-body";
import type { SignedGraph } from "@/lib/analysis/types";

/** What a job computes: the exact analyses on a small graph, or at scale. */
export type JobInput =
  | { analysis: JobAnalysis; version: string; tier: "exact"; graph: SignedGraph }
  | { analysis: JobAnalysis; version: string; tier: "scale"; graph: AnalysisGraph };

/** A computed answer: rankings already gzip-compressed with their summary; balance as a body. */
export type JobOutput = { gzip?: Uint8Array; summary?: string; body?: unknown };

/**
 * One job's computation, CPU-bound and synchronous: run in the analysis worker
 * (lib/analysis/analysis-worker.ts), or in the request's own process when the graph is so small
 * that starting a worker would cost more (lib/analysis/jobs.ts).
 */
export function analyseJob(
  input: JobInput,
  progress: (phase: string, fraction: number) => void,
): JobOutput {
  if (input.analysis === "balance") {
    progress("triads", 0);
    const body =
      input.tier === "exact"
        ? analyseBalance(input.graph)
        : analyseBalanceAtScale(input.graph, progress);
    return { body: { graphVersion: input.version, ...body } };
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
  return {
    gzip: new Uint8Array(gzipSync(JSON.stringify(body))),
    summary: JSON.stringify(rankingsSummary(body)),
  };
}
