import type { SignedGraph } from "@/lib/analysis/types";
import type { Relationship } from "@/lib/graph/types";

export type Sign = 1 | -1 | 0;

/** All ties between two actors, in either direction, collapsed to one sign. */
export interface SignedPair {
  a: string;
  b: string;
  /** Influence weights minus hostility weights, over every tie between the two. */
  net: number;
  /** +1 friendly, −1 hostile, 0 contested (ties of both families that cancel out). */
  sign: Sign;
  relationships: Relationship[];
}

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * Collapses multi-edges into one signed tie per unordered pair. Rule: influence counts +weight,
 * hostility −weight; the pair's sign is the sign of the sum, and a sum of exactly zero (which can
 * only happen when both families are present) is "contested" and left out of the balance counts.
 */
export function signedPairs(graph: SignedGraph): SignedPair[] {
  const pairs = new Map<string, SignedPair>();
  for (const r of graph.relationships) {
    if (r.source === r.target) continue;
    const key = pairKey(r.source, r.target);
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const pair = pairs.get(key) ?? { a, b, net: 0, sign: 0, relationships: [] };
    pair.net += r.family === "influence" ? r.weight : -r.weight;
    pair.relationships.push(r);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map((p) => ({ ...p, sign: (p.net > 0 ? 1 : p.net < 0 ? -1 : 0) as Sign }))
    .sort((x, y) => pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));
}
