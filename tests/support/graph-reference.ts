import type { SeedBundle } from "@/lib/seed/load";

/**
 * The graph filters worked out in plain TypeScript from the seed files, so the API's answers
 * can be checked against the data rather than against numbers copied into a test.
 */
export interface ReferenceEdge {
  id: string;
  source: string;
  target: string;
  family: "influence" | "hostility" | "membership";
  weight: number | null;
  dateStart: string | null;
  dateEnd: string | null;
}

export interface ReferenceFilter {
  families?: string[];
  kinds?: string[];
  minWeight?: number;
  from?: string;
  to?: string;
}

export function referenceEdges(bundle: SeedBundle): ReferenceEdge[] {
  return [
    ...bundle.relationships.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      family: r.family,
      weight: r.weight,
      dateStart: r.dateStart ?? null,
      dateEnd: r.dateEnd ?? null,
    })),
    ...bundle.memberships.map((m) => ({
      id: m.id,
      source: m.member,
      target: m.group,
      family: "membership" as const,
      weight: null,
      dateStart: null,
      dateEnd: null,
    })),
  ];
}

export function edgePasses(edge: ReferenceEdge, filter: ReferenceFilter): boolean {
  if (filter.families && !filter.families.includes(edge.family)) return false;
  if (edge.family === "membership") return true;
  if (filter.minWeight !== undefined && (edge.weight ?? 0) < filter.minWeight) return false;
  if (filter.from !== undefined && (edge.dateEnd === null || edge.dateEnd < filter.from))
    return false;
  if (filter.to !== undefined && (edge.dateStart === null || edge.dateStart > filter.to))
    return false;
  return true;
}

export function kindOf(bundle: SeedBundle): (id: string) => string {
  const kinds = new Map(bundle.actors.map((a) => [a.id, a.kind]));
  return (id) => kinds.get(id) ?? "";
}

/** Whole-graph view: edges passing the filters; actors left without one drop out when edges are filtered. */
export function referenceWholeGraph(bundle: SeedBundle, filter: ReferenceFilter) {
  const kind = kindOf(bundle);
  const kindOk = (id: string) => !filter.kinds || filter.kinds.includes(kind(id));
  const edges = referenceEdges(bundle).filter(
    (e) => edgePasses(e, filter) && kindOk(e.source) && kindOk(e.target),
  );
  const edgeFiltered =
    (filter.families !== undefined && filter.families.length < 3) ||
    filter.minWeight !== undefined ||
    filter.from !== undefined ||
    filter.to !== undefined;
  const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
  if (!edgeFiltered) bundle.actors.filter((a) => kindOk(a.id)).forEach((a) => nodes.add(a.id));
  return { nodes, edges: new Set(edges.map((e) => e.id)) };
}

/** Focused view: breadth-first through passing edges, then every passing edge among the actors reached. */
export function referenceNeighbourhood(
  bundle: SeedBundle,
  focus: string,
  depth: number,
  filter: ReferenceFilter,
) {
  const kind = kindOf(bundle);
  const kindOk = (id: string) => !filter.kinds || filter.kinds.includes(kind(id));
  const passing = referenceEdges(bundle).filter((e) => edgePasses(e, filter));
  const distance = new Map([[focus, 0]]);
  let frontier = [focus];
  for (let hop = 1; hop <= depth; hop++) {
    const next: string[] = [];
    for (const e of passing) {
      for (const [from, to] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (frontier.includes(from) && !distance.has(to) && kindOk(to)) {
          distance.set(to, hop);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  const edges = passing.filter((e) => distance.has(e.source) && distance.has(e.target));
  return { distance, edges: new Set(edges.map((e) => e.id)) };
}

/**
 * The best-first walk of lib/graph/neighbourhood.ts, unfiltered, worked out from the seed files
 * (assuming every hop's parents fit its budget): nearest first; within a hop, the strongest tie
 * (memberships 0), then the rank of the strongest parent giving it, then the id.
 */
export function referenceBestFirst(
  bundle: SeedBundle,
  focus: string,
  depth: number,
  limit: number,
): Array<{ id: string; distance: number }> {
  const ties = new Map<string, Array<[string, number]>>();
  const tie = (a: string, b: string, weight: number) => {
    const list = ties.get(a) ?? [];
    list.push([b, weight]);
    ties.set(a, list);
  };
  for (const e of referenceEdges(bundle)) {
    tie(e.source, e.target, e.weight ?? 0);
    tie(e.target, e.source, e.weight ?? 0);
  }
  const chosen = [{ id: focus, distance: 0 }];
  const seen = new Set([focus]);
  let parents = [focus];
  for (let distance = 1; distance <= depth && chosen.length < limit; distance++) {
    const score = new Map<string, number>();
    parents.forEach((parent, rank) => {
      for (const [other, weight] of ties.get(parent) ?? []) {
        if (seen.has(other)) continue;
        const s = weight * parents.length - rank;
        score.set(other, Math.max(score.get(other) ?? -Infinity, s));
      }
    });
    parents = [...score]
      .sort(([a, sa], [b, sb]) => sb - sa || (a < b ? -1 : 1))
      .slice(0, limit - chosen.length)
      .map(([id]) => id);
    for (const id of parents) {
      seen.add(id);
      chosen.push({ id, distance });
    }
  }
  return chosen;
}
