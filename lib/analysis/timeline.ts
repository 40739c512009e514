import { signedPairs, type Sign, type SignedPair } from "@/lib/analysis/signed-pairs";
import type { TimelineQuery } from "@/lib/api/params/analysis";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";
import type { Relationship } from "@/lib/graph/types";
import { periodEnd, periodStart } from "@/lib/domain/periods";

export interface PairChange {
  actors: [ActorRef, ActorRef];
  before: Sign | null;
  after: Sign | null;
  /** The ties dated within the later period when it appeared or flipped, else within the earlier. */
  relationships: Relationship[];
}

export interface PeriodComparison {
  before: string;
  after: string;
  appeared: PairChange[];
  disappeared: PairChange[];
  flipped: PairChange[];
  /** Undated ties cannot be placed in either period and are left out. */
  undated: number;
}

export interface MonthCount {
  month: string;
  influence: number;
  hostility: number;
}

/** A tie falls in a period when its dated window overlaps the period's first-to-last day. */
function within(r: Relationship, period: string): boolean {
  if (!r.date) return false;
  return r.date.start <= periodEnd(period) && r.date.end >= periodStart(period);
}

function pairsIn(graph: SignedGraph, period: string): Map<string, SignedPair> {
  const relationships = graph.relationships.filter((r) => within(r, period));
  return new Map(signedPairs({ ...graph, relationships }).map((p) => [`${p.a}|${p.b}`, p]));
}

/**
 * What changed between two periods, pair by pair, using the same collapsed signs as the balance
 * analysis: a pair with dated ties only in the later period appeared, only in the earlier one
 * disappeared, and in both with opposite signs flipped.
 */
export function comparePeriods(graph: SignedGraph, params: TimelineQuery): PeriodComparison {
  const byId = new Map(graph.actors.map((a) => [a.id, a]));
  const actor = (id: string) => byId.get(id) ?? { id, name: id, kind: "" };
  const before = pairsIn(graph, params.before);
  const after = pairsIn(graph, params.after);
  const change = (key: string, x?: SignedPair, y?: SignedPair): PairChange => {
    const [a, b] = key.split("|") as [string, string];
    return {
      actors: [actor(a), actor(b)],
      before: x?.sign ?? null,
      after: y?.sign ?? null,
      relationships: [...(y?.relationships ?? []), ...(x?.relationships ?? [])],
    };
  };
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return {
    before: params.before,
    after: params.after,
    appeared: keys.filter((k) => !before.has(k)).map((k) => change(k, undefined, after.get(k))),
    disappeared: keys.filter((k) => !after.has(k)).map((k) => change(k, before.get(k))),
    flipped: keys
      .filter((k) => before.has(k) && after.has(k))
      .filter((k) => before.get(k)!.sign * after.get(k)!.sign < 0)
      .map((k) => change(k, before.get(k), after.get(k))),
    undated: graph.relationships.filter((r) => !r.date).length,
  };
}

/** Dated ties per month of their start, for the timeline overview. */
export function monthlyCounts(graph: SignedGraph): MonthCount[] {
  const months = new Map<string, MonthCount>();
  for (const r of graph.relationships) {
    if (!r.date) continue;
    const month = r.date.start.slice(0, 7);
    const entry = months.get(month) ?? { month, influence: 0, hostility: 0 };
    entry[r.family] += 1;
    months.set(month, entry);
  }
  return [...months.values()].sort((x, y) => x.month.localeCompare(y.month));
}
