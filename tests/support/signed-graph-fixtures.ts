import type { SignedGraph } from "@/lib/analysis/types";
import type { Citation, Evidence, Relationship } from "@/lib/graph/types";
import { type RelationshipFamily } from "@/lib/domain/relationship-families";

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
