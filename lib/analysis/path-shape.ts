import type { ActorRef, CitedRelationship } from "@/lib/analysis/types";

/** One hop of a path: the relationship, which way the path walks it, and parallel ties it stands for. */
export interface PathHop extends CitedRelationship {
  /** True when the path walks from the relationship's source to its target. */
  forward: boolean;
  /** Other relationships of the same family linking the same two actors, the same way round. */
  parallelIds: string[];
}

export interface InfluencePath {
  nodes: ActorRef[];
  relationships: PathHop[];
  length: number;
  hostileHops: number;
}

/** A raw path as the database walks it: one relationship per hop, parallel ties as separate paths. */
export interface RawPath {
  nodes: ActorRef[];
  relationships: CitedRelationship[];
}

const strength = (r: CitedRelationship) => [r.weight, r.passageIds.length] as const;

function stronger(a: CitedRelationship, b: CitedRelationship): boolean {
  const [wa, pa] = strength(a);
  const [wb, pb] = strength(b);
  return wa !== wb ? wa > wb : pa !== pb ? pa > pb : a.id < b.id;
}

function hopKey(path: RawPath, i: number): string {
  const r = path.relationships[i]!;
  const forward = r.source === path.nodes[i]!.id;
  return `${r.family}${forward ? ">" : "<"}${path.nodes[i + 1]!.id}`;
}

/**
 * Paths that differ only in which of several parallel ties (same pair, family and direction) they
 * use are one alternative to a researcher; they become one path whose hops carry the strongest tie
 * (weight, then number of passages) and list the others. Ordered by length, then total weight.
 */
export function collapsePaths(raw: RawPath[], k: number): InfluencePath[] {
  const groups = new Map<string, { nodes: ActorRef[]; hops: PathHop[] }>();
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
  const weight = (hops: PathHop[]) => hops.reduce((sum, h) => sum + h.weight, 0);
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
