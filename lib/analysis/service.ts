import type { CompareQuery, TimelineQuery } from "@/lib/api/params/analysis";
import type { Db } from "@/lib/db/session";
import { graphVersion, memoByVersion } from "@/lib/analysis/cache";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import { analyseBalance, type BalanceReport } from "@/lib/analysis/balance";
import { analyseEvidence, type EvidenceReport } from "@/lib/analysis/evidence";
import { compareActors, type ActorComparison } from "@/lib/analysis/compare";
import {
  comparePeriods,
  monthlyCounts,
  type MonthCount,
  type PeriodComparison,
} from "@/lib/analysis/timeline";
import { computeRankings, type ActorRanking } from "@/lib/analysis/rankings";
import type { ActorRef } from "@/lib/analysis/types";

export interface Versioned<T> {
  /** Hash of the graph the result was computed from (see cache.ts). */
  graphVersion: string;
  result: T;
}

/** Loads the graph and runs `compute` on it, or reuses the result computed for the same version. */
export async function analyse<T>(
  db: Db,
  name: string,
  compute: (graph: Awaited<ReturnType<typeof loadSignedGraph>>) => T,
): Promise<Versioned<T>> {
  const graph = await loadSignedGraph(db);
  const version = graphVersion(graph);
  return { graphVersion: version, result: memoByVersion(name, version, () => compute(graph)) };
}

export const rankings = (db: Db): Promise<Versioned<ActorRanking[]>> =>
  analyse(db, "rankings", computeRankings);

export const balance = (db: Db): Promise<Versioned<BalanceReport>> =>
  analyse(db, "balance", analyseBalance);

export const evidence = (db: Db): Promise<Versioned<EvidenceReport>> =>
  analyse(db, "evidence", analyseEvidence);

/** Not memoised: it is a linear pass over the graph for one pair of actors. */
export async function comparison(db: Db, params: CompareQuery): Promise<ActorComparison> {
  return compareActors(await loadSignedGraph(db), params);
}

export interface AnalysisSnapshot {
  graphVersion: string;
  actors: ActorRef[];
  rankings: ActorRanking[];
  balance: BalanceReport;
  evidence: EvidenceReport;
  months: MonthCount[];
}

/** Everything the analysis page shows, from one read of the graph. */
export async function analysisSnapshot(db: Db): Promise<AnalysisSnapshot> {
  const graph = await loadSignedGraph(db);
  const version = graphVersion(graph);
  return {
    graphVersion: version,
    actors: [...graph.actors].sort((x, y) => x.name.localeCompare(y.name)),
    rankings: memoByVersion("rankings", version, () => computeRankings(graph)),
    balance: memoByVersion("balance", version, () => analyseBalance(graph)),
    evidence: memoByVersion("evidence", version, () => analyseEvidence(graph)),
    months: monthlyCounts(graph),
  };
}

/** Not memoised: a linear pass over the graph for one pair of periods. */
export async function periodComparison(
  db: Db,
  params: TimelineQuery,
): Promise<Versioned<PeriodComparison>> {
  const graph = await loadSignedGraph(db);
  return { graphVersion: graphVersion(graph), result: comparePeriods(graph, params) };
}
