import { seededRandom } from "@/lib/random/seeded-random";
import type { Csr, AnalysisGraph } from "@/lib/analysis/analysis-graph";

/** How the betweenness figures were found, stated in the API's answer and on the page. */
export type BetweennessMethod =
  | { kind: "exact"; algorithm: "brandes" }
  | {
      kind: "sampled";
      algorithm: "brandes-pich";
      /** Pivot sources drawn uniformly without replacement (seeded), of `actors`. */
      sources: number;
      actors: number;
      seed: number;
      /**
       * With probability ≥ `confidence`, every actor's normalised betweenness is within this of
       * its exact value (Hoeffding's inequality with a union bound over all actors).
       */
      errorBound: number;
      confidence: number;
    };

export type Progress = (fraction: number) => void;

export const PAGE_RANK_TOLERANCE = 1e-12;
const PAGE_RANK_MAX_ITERATIONS = 200;

/**
 * Textbook weighted PageRank over the directed influence ties (parallel ties add their weights),
 * damping `d`: a dangling actor's rank is spread evenly. Power iteration until the L1 change is
 * below PAGE_RANK_TOLERANCE.
 */
export function pageRank(t: AnalysisGraph, d: number, progress: Progress = () => {}): Float64Array {
  const n = t.actors.length;
  const out = new Float64Array(n);
  const edges: number[] = [];
  for (let e = 0; e < t.source.length; e++) {
    if (!t.influence[e] || t.source[e] === t.target[e]) continue;
    out[t.source[e]!]! += t.weight[e]!;
    edges.push(e);
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < PAGE_RANK_MAX_ITERATIONS; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (out[i] === 0) dangling += rank[i]!;
    const next = new Float64Array(n).fill((1 - d) / n + (d * dangling) / n);
    for (const e of edges) {
      const s = t.source[e]!;
      next[t.target[e]!]! += (d * rank[s]! * t.weight[e]!) / out[s]!;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - rank[i]!);
    rank = next;
    progress(Math.min(1, (it + 1) / 60));
    if (change < PAGE_RANK_TOLERANCE) break;
  }
  return rank;
}

/**
 * One Brandes pass from `s` over an unweighted undirected graph, adding each other node's
 * dependency δ_s(v) to `into`. The work arrays are reused between passes.
 */
function brandesFrom(g: Csr, s: number, into: Float64Array, work: BrandesWork): void {
  const { dist, sigma, delta, order } = work;
  const { off, adj } = g;
  dist.fill(-1);
  sigma.fill(0);
  delta.fill(0);
  dist[s] = 0;
  sigma[s] = 1;
  let head = 0;
  let tail = 0;
  order[tail++] = s;
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    const end = off[v + 1]!;
    for (let p = off[v]!; p < end; p++) {
      const w = adj[p]!;
      const dw = dist[w]!;
      if (dw < 0) {
        dist[w] = next;
        order[tail++] = w;
        sigma[w] = sv;
      } else if (dw === next) sigma[w]! += sv;
    }
  }
  for (let q = tail - 1; q > 0; q--) {
    const w = order[q]!;
    const previous = dist[w]! - 1;
    const share = (1 + delta[w]!) / sigma[w]!;
    const end = off[w + 1]!;
    for (let p = off[w]!; p < end; p++) {
      const v = adj[p]!;
      if (dist[v] === previous) delta[v]! += sigma[v]! * share;
    }
    into[w]! += delta[w]!;
  }
}

interface BrandesWork {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

/** k distinct sources out of n, uniformly, from a seeded generator (partial Fisher–Yates). */
export function pivots(n: number, k: number, seed: number): Int32Array {
  const next = seededRandom(seed);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, k);
}

export const BETWEENNESS_SEED = 1;

/** Hoeffding + union bound: the normalised error ε that k samples give with this confidence. */
export function sampledErrorBound(n: number, k: number, confidence: number): number {
  if (k >= n) return 0;
  // Each source's term, normalised, lies in [0, n/(n−1)].
  return (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * k));
}

/**
 * Textbook undirected betweenness (each unordered pair once). With `sources` < n, the Brandes–Pich
 * estimator: the dependencies of k uniformly drawn sources, scaled by n/k, which is unbiased; each
 * source contributes a value in [0, n−2], so Hoeffding's inequality bounds the error
 * (sampledErrorBound).
 */
export function betweenness(
  g: Csr,
  sources: number,
  progress: Progress = () => {},
  seed = BETWEENNESS_SEED,
): Float64Array {
  const n = g.n;
  const k = Math.min(sources, n);
  const list = k >= n ? Int32Array.from({ length: n }, (_, i) => i) : pivots(n, k, seed);
  const work: BrandesWork = {
    dist: new Int32Array(n),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
  };
  const total = new Float64Array(n);
  const every = Math.max(1, Math.floor(k / 100));
  for (let i = 0; i < k; i++) {
    brandesFrom(g, list[i]!, total, work);
    if ((i + 1) % every === 0) progress((i + 1) / k);
  }
  const scale = n / k / 2;
  for (let v = 0; v < n; v++) total[v]! *= scale;
  return total;
}
