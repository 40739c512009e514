import type { Db } from "@/lib/db/session";
import { graphVersion, memoByVersion } from "@/lib/analysis/cache";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import { analyseBalance, type BalanceReport } from "@/lib/analysis/balance";
import { analyseEvidence, type EvidenceReport } from "@/lib/analysis/evidence";
import { computeRankings, type ActorRanking } from "@/lib/analysis/rankings";

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
