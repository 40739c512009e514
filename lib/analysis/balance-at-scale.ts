import {
  blocOf,
  byPressure,
  makeTriad,
  type BalanceReport,
  type BlocMember,
  type Triad,
} from "@/lib/analysis/balance";
import { splitBlocs, type SignedTie } from "@/lib/analysis/bloc-split";
import { pairKey, type SignedPair } from "@/lib/analysis/signed-pairs";
import type { AnalysisGraph } from "@/lib/analysis/analysis-graph";

/** How many triads, actors, bloc members and ties a report on a large graph lists. */
export const BALANCE_LIST_LIMIT = 100;
/** Local-search restarts × signed ties stays under this much work. */
const SPLIT_BUDGET = 2_000_000;

export type BalancePhase = "triads" | "blocs";

interface Pairs {
  /** Pair i < j (indexes) and its net weight, in (i, j) order. */
  i: Int32Array;
  j: Int32Array;
  net: Float64Array;
}

function collapse(t: AnalysisGraph): Pairs {
  const n = t.actors.length;
  const net = new Map<number, number>();
  for (let e = 0; e < t.source.length; e++) {
    const [s, g] = [t.source[e]!, t.target[e]!];
    if (s === g) continue;
    const key = Math.min(s, g) * n + Math.max(s, g);
    net.set(key, (net.get(key) ?? 0) + (t.influence[e] ? t.weight[e]! : -t.weight[e]!));
  }
  const keys = [...net.keys()].sort((x, y) => x - y);
  const pairs: Pairs = {
    i: new Int32Array(keys.length),
    j: new Int32Array(keys.length),
    net: new Float64Array(keys.length),
  };
  keys.forEach((key, p) => {
    pairs.i[p] = Math.floor(key / n);
    pairs.j[p] = key % n;
    pairs.net[p] = net.get(key)!;
  });
  return pairs;
}

const signOf = (net: number) => (net > 0 ? 1 : net < 0 ? -1 : 0) as 1 | -1 | 0;

/**
 * Forward triangle listing over the signed (non-contested) ties, each edge pointed from the
 * lower-degree end, so a hub's neighbours are never scanned pairwise. Counts every triangle and
 * each actor's strained ones; keeps the first `limit` strained and balanced ones.
 */
function triangles(
  n: number,
  edges: Array<[number, number, 1 | -1]>,
  limit: number,
  progress: (fraction: number) => void,
) {
  const degree = new Int32Array(n);
  for (const [a, b] of edges) {
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const before = (a: number, b: number) =>
    degree[a]! < degree[b]! || (degree[a] === degree[b] && a < b);
  const off = new Int32Array(n + 1);
  for (const [a, b] of edges) off[(before(a, b) ? a : b) + 1]! += 1;
  for (let v = 0; v < n; v++) off[v + 1]! += off[v]!;
  const fill = off.slice(0, n);
  const to = new Int32Array(edges.length);
  const sign = new Int8Array(edges.length);
  for (const [a, b, s] of edges) {
    const [x, y] = before(a, b) ? [a, b] : [b, a];
    to[fill[x]!] = y;
    sign[fill[x]!++] = s;
  }
  const mark = new Int8Array(n);
  const pressure = new Int32Array(n);
  const kept: { strained: number[][]; balanced: number[][] } = { strained: [], balanced: [] };
  let [balanced, strained] = [0, 0];
  for (let u = 0; u < n; u++) {
    for (let p = off[u]!; p < off[u + 1]!; p++) mark[to[p]!] = sign[p]!;
    for (let p = off[u]!; p < off[u + 1]!; p++) {
      const v = to[p]!;
      for (let q = off[v]!; q < off[v + 1]!; q++) {
        const w = to[q]!;
        if (mark[w] === 0) continue;
        const ok = sign[p]! * sign[q]! * mark[w]! > 0;
        if (ok) balanced += 1;
        else {
          strained += 1;
          pressure[u]! += 1;
          pressure[v]! += 1;
          pressure[w]! += 1;
        }
        const list = ok ? kept.balanced : kept.strained;
        if (list.length < limit) list.push([u, v, w].sort((x, y) => x - y));
      }
    }
    for (let p = off[u]!; p < off[u + 1]!; p++) mark[to[p]!] = 0;
    if (u % 1000 === 0) progress(u / n);
  }
  return { balanced, strained, pressure, kept };
}

/**
 * analyseBalance (balance.ts) on a graph of any size: the same collapsed signs, triangle counts,
 * cross-pressure, bloc split and frustration, all exact but the split (local search with fewer
 * restarts on a large graph: `listed.restarts`); the lists are cut to BALANCE_LIST_LIMIT and their
 * ties carry no relationships until hydrateBalance reads them.
 */
export function analyseBalanceAtScale(
  t: AnalysisGraph,
  progress: (phase: BalancePhase, fraction: number) => void = () => {},
  limit = BALANCE_LIST_LIMIT,
): BalanceReport {
  const n = t.actors.length;
  const actorAt = (i: number) => t.actors[i]!;
  const pairs = collapse(t);
  const pairOf = (p: number): SignedPair => ({
    a: actorAt(pairs.i[p]!).id,
    b: actorAt(pairs.j[p]!).id,
    net: pairs.net[p]!,
    sign: signOf(pairs.net[p]!),
    relationships: [],
  });
  const signed: Array<[number, number, 1 | -1]> = [];
  const contested: number[] = [];
  const index = new Map<string, number>();
  for (let p = 0; p < pairs.net.length; p++) {
    const s = signOf(pairs.net[p]!);
    if (s === 0) contested.push(p);
    else {
      signed.push([pairs.i[p]!, pairs.j[p]!, s]);
      index.set(pairKey(actorAt(pairs.i[p]!).id, actorAt(pairs.j[p]!).id), p);
    }
  }
  progress("triads", 0);
  const found = triangles(n, signed, limit, (f) => progress("triads", f));
  const tie = (x: number, y: number) => pairOf(index.get(pairKey(actorAt(x).id, actorAt(y).id))!);
  const triad = ([a, b, c]: number[]): Triad =>
    makeTriad([actorAt(a!), actorAt(b!), actorAt(c!)], [tie(a!, b!), tie(a!, c!), tie(b!, c!)]);

  progress("blocs", 0);
  const ties: SignedTie[] = signed.map(([a, b, sign]) => ({
    a: actorAt(a).id,
    b: actorAt(b).id,
    sign,
  }));
  const tiedIdx = [...new Set(signed.flatMap(([a, b]) => [a, b]))];
  const restarts = Math.max(1, Math.min(200, Math.floor(SPLIT_BUDGET / Math.max(1, ties.length))));
  const split = splitBlocs(
    tiedIdx.map((i) => actorAt(i).id),
    ties,
    undefined,
    restarts,
  );
  progress("blocs", 1);
  const members: BlocMember[] = tiedIdx
    .map((i) => ({
      ...actorAt(i),
      bloc: split.side.get(actorAt(i).id)!,
      crossPressure: found.pressure[i]!,
    }))
    .sort(byPressure);
  const blocs = [blocOf(members, 0), blocOf(members, 1)] as const;
  const total = found.balanced + found.strained;
  const frustration = split.frustrated.length;
  return {
    triads: [...found.kept.strained, ...found.kept.balanced].slice(0, limit).map(triad),
    balancedTriads: found.balanced,
    strainedTriads: found.strained,
    triadBalanceRatio: total > 0 ? found.balanced / total : null,
    contested: contested.slice(0, limit).map(pairOf),
    actors: members.slice(0, limit),
    blocs: [blocs[0].slice(0, limit), blocs[1].slice(0, limit)],
    signedTies: signed.length,
    frustration,
    frustratedTies: split.frustrated
      .slice(0, limit)
      .map((f) => pairOf(index.get(pairKey(f.a, f.b))!)),
    distanceFromBalance: signed.length > 0 ? (2 * frustration) / signed.length : null,
    method: split.method,
    listed: {
      limit,
      triads: total,
      actors: members.length,
      blocs: [blocs[0].length, blocs[1].length],
      contested: contested.length,
      frustratedTies: frustration,
      restarts: split.method === "local-search" ? restarts : 0,
    },
  };
}
