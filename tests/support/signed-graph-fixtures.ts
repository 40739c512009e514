import type { CitedRelationship, SignedGraph } from "@/lib/analysis/types";
import { type RelationshipFamily } from "@/lib/domain/relationship-families";

/** A relationship for hand-made graphs: `rel("a", "+", "b")` is a influences b, "-" hostile. */
export function rel(
  source: string,
  sign: "+" | "-",
  target: string,
  extra: Partial<CitedRelationship> = {},
): CitedRelationship {
  const family: RelationshipFamily = sign === "+" ? "influence" : "hostility";
  const id = extra.id ?? `${source}${sign}${target}`;
  const passageIds = extra.passageIds ?? [`p-${id}`];
  return {
    id,
    source,
    target,
    family,
    kind: sign === "+" ? "backs" : "attacks",
    weight: 2,
    summary: `${source} ${sign} ${target}`,
    dateStart: null,
    dateEnd: null,
    dateLabel: null,
    passageIds,
    documentIds: ["doc"],
    citations: passageIds.map((passageId) => ({
      passageId,
      documentId: "doc",
      documentTitle: "A document",
      text: `quote for ${id}`,
    })),
    ...extra,
  };
}

export function graphOf(
  relationships: CitedRelationship[],
  extraActors: string[] = [],
): SignedGraph {
  const ids = new Set([...relationships.flatMap((r) => [r.source, r.target]), ...extraActors]);
  return {
    actors: [...ids].sort().map((id) => ({ id, name: id.toUpperCase(), kind: "state" })),
    relationships,
  };
}
