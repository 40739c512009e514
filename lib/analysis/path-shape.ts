import type { ActorRef } from "@/lib/analysis/types";
import type { Relationship } from "@/lib/graph/types";

type HopEnds = Pick<Relationship, "id" | "source" | "target" | "family" | "weight">;

/** What a raw path knows of a hop before its relationship is read: enough to collapse and rank. */
export type HopRef = HopEnds & { passageCount: number };

/** A hop to collapse: known by reference, or a whole relationship whose citations are counted. */
type Collapsible = HopRef | (HopEnds & Pick<Relationship, "citations">);

/** Which way the path walks a hop, and the parallel ties it stands for. */
export interface HopWalk {
  /** True when the path walks from the relationship's source to its target. */
  forward: boolean;
  /** Other relationships of the same family linking the same two actors, the same way round. */
  parallelIds: string[];
}

/** One hop of a path: the relationship (the one model, with its citations) and how it is walked. */
export type PathHop = Relationship & HopWalk;

export interface Path<H> {
  nodes: ActorRef[];
  relationships: H[];
  length: number;
  hostileHops: number;
}

export type InfluencePath = Path<PathHop>;

/** A raw path as the database walks it: one relationship per hop, parallel ties as separate paths. */
export interface RawPath<H extends Collapsible = Relationship> {
  nodes: ActorRef[];
  relationships: H[];
}

const strength = (r: Collapsible) =>
  [r.weight, "passageCount" in r ? r.passageCount : r.citations.length] as const;

function stronger(a: Collapsible, b: Collapsible): boolean {
  const [wa, pa] = strength(a);
  const [wb, pb] = strength(b);
  return wa !== wb ? wa > wb : pa !== pb ? pa > pb : a.id < b.id;
}

function hopKey(path: RawPath<Collapsible>, i: number): string {
  const r = path.relationships[i]!;
  const forward = r.source === path.nodes[i]!.id;
  return `${r.family}${forward ? ">" : "<"}${path.nodes[i + 1]!.id}`;
}

/**
 * Paths that differ only in which of several parallel ties (same pair, family and direction) they
 * use are one alternative to a researcher; they become one path whose hops carry the strongest tie
 * (weight, then number of passages) and list the others. Ordered by length, then total weight.
 */
export function collapsePaths<H extends Collapsible>(
  raw: Array<RawPath<H>>,
  k: number,
): Array<Path<H & HopWalk>> {
  type Hop = H & HopWalk;
  const groups = new Map<string, { nodes: ActorRef[]; hops: Hop[] }>();
  for (const path of raw) {
    const key = path.nodes[0]!.id + path.relationships.map((_, i) => hopKey(path, i)).join("");
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        nodes: path.nodes,
        hops: path.relationships.map((r, i) => ({
          ...r,
          forward: r.source === path.nodes[i]!.id,
          parallelIds: [],
        })),
      });
      continue;
    }
    path.relationships.forEach((r, i) => {
      const hop = group.hops[i]!;
      if (r.id === hop.id || hop.parallelIds.includes(r.id)) return;
      if (stronger(r, hop)) {
        group.hops[i] = { ...r, forward: hop.forward, parallelIds: [...hop.parallelIds, hop.id] };
      } else {
        hop.parallelIds.push(r.id);
      }
    });
  }
  const weight = (hops: Hop[]) => hops.reduce((sum, h) => sum + h.weight, 0);
  return [...groups.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        a.hops.length - b.hops.length || weight(b.hops) - weight(a.hops) || ka.localeCompare(kb),
    )
    .slice(0, k)
    .map(([, { nodes, hops }]) => ({
      nodes,
      relationships: hops.map((h) => ({ ...h, parallelIds: [...h.parallelIds].sort() })),
      length: hops.length,
      hostileHops: hops.filter((h) => h.family === "hostility").length,
    }));
}
