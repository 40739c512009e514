/** A signed tie between two nodes for the bloc split: +1 friendly, −1 hostile. */
export interface SignedTie {
  a: string;
  b: string;
  sign: 1 | -1;
}

export interface BlocSplit {
  /** side[id] is 0 or 1. */
  side: Map<string, 0 | 1>;
  /** Ties that break the split: friendly across the blocs, or hostile within one. */
  frustrated: SignedTie[];
  method: "exhaustive" | "local-search";
}

export const EXHAUSTIVE_LIMIT = 20;
const RESTARTS = 200;
const SEED = 20_240_601;

export const violates = (sign: 1 | -1, sa: number, sb: number) =>
  sign === 1 ? sa !== sb : sa === sb;

/** Small deterministic PRNG (mulberry32) so the split is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Indexed {
  n: number;
  edges: { i: number; j: number; sign: 1 | -1 }[];
  neighbours: { j: number; sign: 1 | -1 }[][];
}

function indexTies(ids: string[], ties: SignedTie[]): Indexed {
  const at = new Map(ids.map((id, i) => [id, i]));
  const edges = ties.map((t) => ({ i: at.get(t.a)!, j: at.get(t.b)!, sign: t.sign }));
  const neighbours: Indexed["neighbours"] = ids.map(() => []);
  for (const e of edges) {
    neighbours[e.i]!.push({ j: e.j, sign: e.sign });
    neighbours[e.j]!.push({ j: e.i, sign: e.sign });
  }
  return { n: ids.length, edges, neighbours };
}

function cost(g: Indexed, side: number[]): number {
  return g.edges.reduce((sum, e) => sum + (violates(e.sign, side[e.i]!, side[e.j]!) ? 1 : 0), 0);
}

/** Every split with node 0 on side 0 (the mirror image is the same split). */
function exhaustive(g: Indexed): number[] {
  let best = new Array<number>(g.n).fill(0);
  let bestCost = cost(g, best);
  for (let mask = 1; mask < 2 ** Math.max(g.n - 1, 0); mask++) {
    const side = Array.from({ length: g.n }, (_, i) => (i === 0 ? 0 : (mask >> (i - 1)) & 1));
    const c = cost(g, side);
    if (c < bestCost) [best, bestCost] = [side, c];
  }
  return best;
}

/** Flips single nodes while a flip removes more violations than it adds. */
function descend(g: Indexed, side: number[]): number[] {
  for (let improved = true; improved;) {
    improved = false;
    for (let i = 0; i < g.n; i++) {
      let delta = 0;
      for (const { j, sign } of g.neighbours[i]!) {
        delta += violates(sign, side[i]!, side[j]!) ? -1 : 1;
      }
      if (delta < 0) {
        side[i] = 1 - side[i]!;
        improved = true;
      }
    }
  }
  return side;
}

function localSearch(g: Indexed, restarts: number): number[] {
  const next = random(SEED);
  let best = descend(g, new Array<number>(g.n).fill(0));
  let bestCost = cost(g, best);
  for (let r = 0; r < restarts && bestCost > 0; r++) {
    const side = descend(
      g,
      Array.from({ length: g.n }, () => (next() < 0.5 ? 0 : 1)),
    );
    const c = cost(g, side);
    if (c < bestCost) [best, bestCost] = [side, c];
  }
  return best;
}

/**
 * Splits the nodes into two blocs so that as few ties as possible break the split: the frustration
 * index of the signed graph. Exact (every split) up to EXHAUSTIVE_LIMIT nodes; above that, single-flip
 * descent from 200 seeded random starts, which finds a minimum on graphs of this size in practice
 * but is not guaranteed to. The bloc holding the first id is bloc 0.
 */
export function splitBlocs(
  ids: string[],
  ties: SignedTie[],
  exhaustiveLimit = EXHAUSTIVE_LIMIT,
  restarts = RESTARTS,
): BlocSplit {
  const sorted = [...ids].sort();
  const g = indexTies(sorted, ties);
  const method = sorted.length <= exhaustiveLimit ? "exhaustive" : "local-search";
  const raw = method === "exhaustive" ? exhaustive(g) : localSearch(g, restarts);
  const flip = raw[0] === 1;
  const side = new Map(sorted.map((id, i) => [id, ((raw[i]! === 1) !== flip ? 1 : 0) as 0 | 1]));
  const frustrated = ties.filter((t) => violates(t.sign, side.get(t.a)!, side.get(t.b)!));
  return { side, frustrated, method };
}
