import Graph from "graphology";
import louvainMapping from "graphology-communities-louvain";
import { seededRandom } from "@/lib/random/seeded-random";

/** An undirected weighted tie for community detection. */
export interface WeightedTie {
  a: string;
  b: string;
  weight: number;
}

/**
 * The app's one community detection: Louvain modularity (Blondel et al., 2008), by
 * graphology-communities-louvain with a seeded generator and nodes added in id order, so the same
 * ties always give the same communities. Ties are undirected; parallel ties add their weights;
 * self-loops and non-positive weights are ignored. Returns each community's ids, sorted, largest
 * community first (then by first id); nodes with no tie are left out.
 */
export function louvain(ties: WeightedTie[]): string[][] {
  const kept = ties.filter((t) => t.a !== t.b && t.weight > 0);
  if (kept.length === 0) return [];
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of [...new Set(kept.flatMap((t) => [t.a, t.b]))].sort()) graph.addNode(id);
  // Parallel ties merged first, in order of first appearance (as updateEdge would add them):
  // one addEdge per pair is much cheaper on a large graph.
  const merged = new Map<string, WeightedTie>();
  for (const t of kept) {
    const key = t.a < t.b ? `${t.a}\n${t.b}` : `${t.b}\n${t.a}`;
    const tie = merged.get(key);
    if (tie) tie.weight += t.weight;
    else merged.set(key, { ...t });
  }
  for (const t of merged.values()) graph.addEdge(t.a, t.b, { weight: t.weight });
  const found = louvainMapping(graph, { getEdgeWeight: "weight", rng: seededRandom(1) });
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(found)) {
    const ids = members.get(c) ?? [];
    ids.push(id);
    members.set(c, ids);
  }
  return [...members.values()]
    .map((ids) => ids.sort())
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
}

/**
 * Each actor's community as the rankings number them: Louvain over the ties, communities of one
 * left out, numbered from 1 by size (then by first id).
 */
export function communityMembership(ties: WeightedTie[]): Map<string, number> {
  const clusters = louvain(ties).filter((ids) => ids.length > 1);
  const membership = new Map<string, number>();
  clusters.forEach((ids, i) => ids.forEach((id) => membership.set(id, i + 1)));
  return membership;
}
