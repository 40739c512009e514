import {
  betweenness,
  BETWEENNESS_SEED,
  pageRank,
  sampledErrorBound,
  type BetweennessMethod,
  type Progress,
} from "@/lib/analysis/centrality";
import { communityMembership, type WeightedTie } from "@/lib/analysis/communities";
import { emptyCounts, PAGE_RANK_DAMPING, type ActorRanking } from "@/lib/analysis/rankings";
import { pairCsr, type AnalysisGraph } from "@/lib/analysis/analysis-graph";

/** Up to this many actors betweenness is exact (every source); above, sampled from pivots. */
export const BETWEENNESS_EXACT_MAX_ACTORS = 5_000;
/** Sources for a sampled run: as many as fit a fixed amount of work (n + 2m per source), 50–400. */
const BETWEENNESS_WORK = 100_000_000;
export function betweennessSources(n: number, pairs: number): number {
  return Math.max(50, Math.min(400, Math.floor(BETWEENNESS_WORK / (n + 2 * pairs))));
}
export const BETWEENNESS_CONFIDENCE = 0.95;

export type RankingPhase = "degree" | "pageRank" | "betweenness" | "communities";

export interface ScaledRankings {
  actors: ActorRanking[];
  betweennessMethod: BetweennessMethod;
}

function degreeCounts(t: AnalysisGraph): Array<typeof emptyCounts> {
  const counts = t.actors.map(() => ({ ...emptyCounts }));
  for (let e = 0; e < t.source.length; e++) {
    const family = t.influence[e] ? "influence" : "hostility";
    const given = counts[t.source[e]!]!;
    const received = counts[t.target[e]!]!;
    given[`${family}Given`] += 1;
    given[`${family}GivenWeight`] += t.weight[e]!;
    received[`${family}Received`] += 1;
    received[`${family}ReceivedWeight`] += t.weight[e]!;
  }
  return counts;
}

function influenceTies(t: AnalysisGraph): WeightedTie[] {
  const ties = new Map<number, WeightedTie>();
  const n = t.actors.length;
  for (let e = 0; e < t.source.length; e++) {
    const [s, g] = [t.source[e]!, t.target[e]!];
    if (!t.influence[e] || s === g) continue;
    const key = Math.min(s, g) * n + Math.max(s, g);
    const tie = ties.get(key) ?? { a: t.actors[s]!.id, b: t.actors[g]!.id, weight: 0 };
    tie.weight += t.weight[e]!;
    ties.set(key, tie);
  }
  return [...ties.values()];
}

export function betweennessMethodFor(n: number, pairs: number): BetweennessMethod {
  if (n <= BETWEENNESS_EXACT_MAX_ACTORS) return { kind: "exact", algorithm: "brandes" };
  const sources = betweennessSources(n, pairs);
  return {
    kind: "sampled",
    algorithm: "brandes-pich",
    sources,
    actors: n,
    seed: BETWEENNESS_SEED,
    errorBound: sampledErrorBound(n, sources, BETWEENNESS_CONFIDENCE),
    confidence: BETWEENNESS_CONFIDENCE,
  };
}

/**
 * The rankings of rankings.ts on a graph of any size, from typed arrays: degree counts, PageRank
 * by power iteration, betweenness exact up to BETWEENNESS_EXACT_MAX_ACTORS and sampled above, and
 * the one Louvain (communities.ts). Same fields and definitions; the unit tests hold them to
 * computeRankings.
 */
export function computeRankingsAtScale(
  t: AnalysisGraph,
  progress: (phase: RankingPhase, fraction: number) => void = () => {},
): ScaledRankings {
  const n = t.actors.length;
  progress("degree", 0);
  const counts = degreeCounts(t);
  const phase =
    (name: RankingPhase): Progress =>
    (fraction) =>
      progress(name, fraction);
  progress("pageRank", 0);
  const ranks = pageRank(t, PAGE_RANK_DAMPING, phase("pageRank"));
  const csr = pairCsr(t);
  const method = betweennessMethodFor(n, csr.adj.length / 2);
  progress("betweenness", 0);
  const between = betweenness(
    csr,
    method.kind === "exact" ? n : method.sources,
    phase("betweenness"),
  );
  progress("communities", 0);
  const community = communityMembership(influenceTies(t));
  progress("communities", 1);
  const maxPairs = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  const actors = t.actors.map((actor, i) => ({
    ...actor,
    ...counts[i]!,
    pageRank: ranks[i]!,
    betweenness: between[i]!,
    betweennessNormalised: between[i]! / maxPairs,
    community: community.get(actor.id) ?? null,
  }));
  return { actors, betweennessMethod: method };
}
