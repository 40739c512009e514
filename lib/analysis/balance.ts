import { splitBlocs } from "@/lib/analysis/bloc-split";
import { pairKey, signedPairs, type SignedPair } from "@/lib/analysis/signed-pairs";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";

export interface Triad {
  actors: [ActorRef, ActorRef, ActorRef];
  /** The three collapsed ties: ab, ac, bc. */
  ties: [SignedPair, SignedPair, SignedPair];
  /** "+++" and "+−−" are balanced; "++−" and "−−−" are strained (Cartwright & Harary's strict sense). */
  pattern: string;
  balanced: boolean;
}

export interface BlocMember extends ActorRef {
  bloc: 0 | 1;
  crossPressure: number;
}

export interface BalanceReport {
  triads: Triad[];
  balancedTriads: number;
  strainedTriads: number;
  /** Balanced triads / all triads: Cartwright & Harary's degree of balance over triangles. */
  triadBalanceRatio: number | null;
  /** Pairs whose ties of both families cancel out: left out of triads and of the split. */
  contested: SignedPair[];
  /** Actors with at least one signed tie, with their bloc and cross-pressure score. */
  actors: BlocMember[];
  blocs: [ActorRef[], ActorRef[]];
  signedTies: number;
  /** Minimum number of ties that break any two-bloc split (the frustration index). */
  frustration: number;
  frustratedTies: SignedPair[];
  /** 2·frustration / signedTies: 0 is perfectly balanced, 1 as far from balance as a graph can be. */
  distanceFromBalance: number | null;
  method: "exhaustive" | "local-search";
  /**
   * Present when the lists were cut (graphs beyond the exact limits): the counts above stay exact,
   * and this says how many of each there are in all and how many restarts the split took.
   */
  listed?: BalanceListed;
}

export interface BalanceListed {
  limit: number;
  triads: number;
  actors: number;
  blocs: [number, number];
  contested: number;
  frustratedTies: number;
  restarts: number;
}

const symbol = (sign: number) => (sign > 0 ? "+" : "−");

/** Most strained triangles first, then by name: how the report lists its actors. */
export const byPressure = (x: BlocMember, y: BlocMember) =>
  y.crossPressure - x.crossPressure || x.name.localeCompare(y.name);

/** One bloc's actors, by name. */
export function blocOf(actors: BlocMember[], side: 0 | 1): ActorRef[] {
  return actors
    .filter((a) => a.bloc === side)
    .map(({ id, name, kind }) => ({ id, name, kind }))
    .sort((x, y) => x.name.localeCompare(y.name));
}

/** A triangle of signed ties (ab, ac, bc), classified by the product of its signs. */
export function makeTriad(actors: Triad["actors"], ties: Triad["ties"]): Triad {
  const signs: number[] = ties.map((t) => t.sign);
  return {
    actors,
    ties,
    pattern: [...signs]
      .sort((x, y) => y - x)
      .map(symbol)
      .join(""),
    balanced: signs.reduce((x, y) => x * y, 1) > 0,
  };
}

/**
 * Structural balance (Heider 1946; Cartwright & Harary 1956) on the collapsed signed graph: every
 * triangle of signed ties, classified by the product of its signs; per actor, the strained triads
 * it sits in; and the two-bloc split that the fewest ties contradict.
 */
export function analyseBalance(graph: SignedGraph): BalanceReport {
  const actorById = new Map(graph.actors.map((a) => [a.id, a]));
  const pairs = signedPairs(graph).filter((p) => actorById.has(p.a) && actorById.has(p.b));
  const signed = pairs.filter((p) => p.sign !== 0);
  const contested = pairs.filter((p) => p.sign === 0);
  const byKey = new Map(signed.map((p) => [pairKey(p.a, p.b), p]));
  const neighbours = new Map<string, Set<string>>();
  for (const p of signed) {
    neighbours.set(p.a, (neighbours.get(p.a) ?? new Set()).add(p.b));
    neighbours.set(p.b, (neighbours.get(p.b) ?? new Set()).add(p.a));
  }

  const triads: Triad[] = [];
  for (const ab of signed) {
    for (const c of neighbours.get(ab.a) ?? []) {
      if (c <= ab.b || !neighbours.get(ab.b)?.has(c)) continue;
      const ac = byKey.get(pairKey(ab.a, c))!;
      const bc = byKey.get(pairKey(ab.b, c))!;
      triads.push(
        makeTriad([actorById.get(ab.a)!, actorById.get(ab.b)!, actorById.get(c)!], [ab, ac, bc]),
      );
    }
  }

  const crossPressure = new Map<string, number>();
  for (const t of triads) {
    if (t.balanced) continue;
    for (const a of t.actors) crossPressure.set(a.id, (crossPressure.get(a.id) ?? 0) + 1);
  }

  const tied = [...neighbours.keys()];
  const split = splitBlocs(
    tied,
    signed.map((p) => ({ a: p.a, b: p.b, sign: p.sign as 1 | -1 })),
  );
  const frustratedKeys = new Set(split.frustrated.map((t) => pairKey(t.a, t.b)));
  const actors: BlocMember[] = tied
    .map((id) => ({
      ...actorById.get(id)!,
      bloc: split.side.get(id)!,
      crossPressure: crossPressure.get(id) ?? 0,
    }))
    .sort(byPressure);
  const bloc = (side: 0 | 1) => blocOf(actors, side);
  const balancedTriads = triads.filter((t) => t.balanced).length;
  const frustration = split.frustrated.length;

  return {
    triads: triads.sort((x, y) => Number(x.balanced) - Number(y.balanced)),
    balancedTriads,
    strainedTriads: triads.length - balancedTriads,
    triadBalanceRatio: triads.length > 0 ? balancedTriads / triads.length : null,
    contested,
    actors,
    blocs: [bloc(0), bloc(1)],
    signedTies: signed.length,
    frustration,
    frustratedTies: signed.filter((p) => frustratedKeys.has(pairKey(p.a, p.b))),
    distanceFromBalance: signed.length > 0 ? (2 * frustration) / signed.length : null,
    method: split.method,
  };
}
