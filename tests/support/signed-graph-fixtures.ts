import type { SignedGraph } from "@/lib/analysis/types";
import type { Citation, Evidence, Relationship } from "@/lib/graph/types";
import { type RelationshipFamily } from "@/lib/domain/relationship-families";
import { randomStream } from "@/lib/synthetic/random";
import { attachEdges } from "@/lib/synthetic/topology";

/** A citation of `passageId` in `documentId`, for hand-made relationships. */
export function cited(
  passageId: string,
  documentId = "doc",
  text = `quote ${passageId}`,
): Citation {
  return { passageId, documentId, documentTitle: "A document", text, start: 0, end: text.length };
}

/** The evidence of an edge resting on one accepted claim from one document. */
export const ONE_SOURCE: Evidence = {
  claimCount: 1,
  sourceCount: 1,
  independentSourceCount: 1,
  contested: false,
  contestedBecause: [],
  disputes: [],
};

/** A relationship for hand-made graphs: `rel("a", "+", "b")` is a influences b, "-" hostile. */
export function rel(
  source: string,
  sign: "+" | "-",
  target: string,
  extra: Partial<Relationship> = {},
): Relationship {
  const family: RelationshipFamily = sign === "+" ? "influence" : "hostility";
  const id = extra.id ?? `${source}${sign}${target}`;
  return {
    id,
    source,
    sourceName: source.toUpperCase(),
    target,
    targetName: target.toUpperCase(),
    family,
    kind: sign === "+" ? "backs" : "attacks",
    weight: 2,
    summary: `${source} ${sign} ${target}`,
    date: null,
    citations: [cited(`p-${id}`, "doc", `quote for ${id}`)],
    evidence: ONE_SOURCE,
    ...extra,
  };
}

/** A dated window for `rel`'s extras: from `start` to `end` (the same day by default). */
export const dated = (start: string, end = start): Pick<Relationship, "date"> => ({
  date: { start, end, label: null, yearInferred: false },
});

export function graphOf(relationships: Relationship[], extraActors: string[] = []): SignedGraph {
  const ids = new Set([...relationships.flatMap((r) => [r.source, r.target]), ...extraActors]);
  return {
    actors: [...ids].sort().map((id) => ({ id, name: id.toUpperCase(), kind: "state" })),
    relationships,
  };
}

/**
 * A generated signed graph of `actors` actors: the synthetic generator's preferential attachment
 * (power-law degrees, hubs), each tie influence or hostility and weighted 1–3 from a seeded stream.
 */
export function generatedGraph(actors: number, perActor = 3, seed = 7): SignedGraph {
  const people = Array.from({ length: actors }, (_, i) => ({
    kind: "person" as const,
    countryIndex: i % 5,
  }));
  const shape = attachEdges(people, perActor, randomStream(seed, "edges"));
  const draw = randomStream(seed, "signs");
  const id = (i: number) => `a${String(i).padStart(5, "0")}`;
  const relationships: Relationship[] = [];
  for (let e = 0; e < shape.count; e++) {
    const [s, t] = draw.chance(0.5)
      ? [shape.older[e]!, shape.newer[e]!]
      : [shape.newer[e]!, shape.older[e]!];
    relationships.push(
      rel(id(s), draw.chance(0.7) ? "+" : "-", id(t), { id: `r${e}`, weight: draw.int(1, 3) }),
    );
  }
  return graphOf(
    relationships,
    people.map((_, i) => id(i)),
  );
}
