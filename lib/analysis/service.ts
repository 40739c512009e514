import type { CompareQuery, TimelineQuery } from "@/lib/api/params/analysis";
import type { Db } from "@/lib/db/session";
import { memoByVersion } from "@/lib/analysis/cache";
import { currentGraphVersion } from "@/lib/graph/graph-version";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import { analyseEvidence, type EvidenceReport } from "@/lib/analysis/evidence";
import { compareActors, type ActorComparison } from "@/lib/analysis/compare";
import {
  comparePeriods,
  monthlyCounts,
  type MonthCount,
  type PeriodComparison,
} from "@/lib/analysis/timeline";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";

export interface Versioned<T> {
  /** The graph version the result is for (lib/graph/graph-version.ts). */
  graphVersion: string;
  result: T;
}

/**
 * The graph as of the current version, read once per version. The version is read first, so the
 * graph kept under it is never older than it.
 */
async function versionedGraph(db: Db): Promise<{ version: string; graph: SignedGraph }> {
  const version = await currentGraphVersion(db);
  return { version, graph: await memoByVersion("graph", version, () => loadSignedGraph(db)) };
}

/** Runs `compute` on the graph, or reuses the result computed for the same version. */
export async function analyse<T>(
  db: Db,
  name: string,
  compute: (graph: SignedGraph) => T,
): Promise<Versioned<T>> {
  const { version, graph } = await versionedGraph(db);
  return { graphVersion: version, result: memoByVersion(name, version, () => compute(graph)) };
}

export const evidence = (db: Db): Promise<Versioned<EvidenceReport>> =>
  analyse(db, "evidence", analyseEvidence);

/** Only the graph is memoised: this is a linear pass over it for one pair of actors. */
export async function comparison(db: Db, params: CompareQuery): Promise<ActorComparison> {
  return compareActors((await versionedGraph(db)).graph, params);
}

export interface AnalysisSnapshot {
  graphVersion: string;
  actors: ActorRef[];
  evidence: EvidenceReport;
  months: MonthCount[];
}

/**
 * What the analysis page shows of a small graph beside the whole-graph jobs (rankings and balance,
 * lib/analysis/jobs.ts), from one read of the graph.
 */
export async function analysisSnapshot(db: Db): Promise<AnalysisSnapshot> {
  const { version, graph } = await versionedGraph(db);
  return {
    graphVersion: version,
    actors: [...graph.actors].sort((x, y) => x.name.localeCompare(y.name)),
    evidence: memoByVersion("evidence", version, () => analyseEvidence(graph)),
    months: monthlyCounts(graph),
  };
}

/** Only the graph is memoised: this is a linear pass over it for one pair of periods. */
export async function periodComparison(
  db: Db,
  params: TimelineQuery,
): Promise<Versioned<PeriodComparison>> {
  const { version, graph } = await versionedGraph(db);
  return { graphVersion: version, result: comparePeriods(graph, params) };
}
