import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import { type EdgeFamily } from "@/lib/domain/relationship-families";

/** Cypher fragments shared by the query modules; they interpolate variable names only, never input. */

export const EDGE_TYPES: Record<EdgeFamily, string> = {
  ...RELATIONSHIP_TYPES,
  membership: MEMBERSHIP_TYPE,
};

export const CLAIM_TYPES = `${RELATIONSHIP_TYPES.influence}|${RELATIONSHIP_TYPES.hostility}`;

/** `INFLUENCES|MEMBER_OF`: the relationship-type alternation for a set of families. */
export function typesFor(families: readonly EdgeFamily[]): string {
  return families.map((family) => EDGE_TYPES[family]).join("|");
}

export const ACTOR_SUMMARY = (a: string) => `${a} {.id, .name, .kind, .aliases, .description}`;

/**
 * The passages a claim cites, in the one citation order: the order of the claim's `passageIds`,
 * which is the order its curator cited them in (docs/api.md, "Relationships and citations").
 */
export const CITATIONS = (rel: string, property = "passageIds") => `COLLECT {
  UNWIND range(0, size(coalesce(${rel}.${property}, [])) - 1) AS i
  MATCH (p:Passage {id: ${rel}.${property}[i]})
  OPTIONAL MATCH (p)-[:PART_OF]->(d:Document)
  RETURN p {passageId: p.id, .documentId, .text, .start, .end, documentTitle: d.title}
  ORDER BY i
}`;

// The claim projection's counts (lib/curation/evidence.ts), with fallbacks for edges without claims.
const EVIDENCE_COUNTS = (r: string) => `claimCount: size(coalesce(${r}.claimIds, [])),
  sourceCount: coalesce(${r}.sourceCount, size(coalesce(${r}.documentIds, []))),
  independentSourceCount: coalesce(${r}.independentSourceCount, size(coalesce(${r}.documentIds, []))),
  contested: coalesce(${r}.contested, false)`;

/** The evidence's counts alone, as `toEvidenceColumns` reads them (Cytoscape edge data). */
export const EVIDENCE_COLUMNS = (r: string) => `{${EVIDENCE_COUNTS(r)}}`;

/** An edge's evidence as `toEvidence` reads it: the counts, the reasons, the disputing passages. */
export const EVIDENCE = (r: string) => `{
  ${EVIDENCE_COUNTS(r)},
  contestedBecause: coalesce(${r}.contestedBecause, []),
  disputes: ${CITATIONS(r, "disputePassageIds")}
}`;

/** A relationship as `toRelationship` reads it: the one projection of the one model. */
export const RELATIONSHIP = (s: string, r: string, t: string) => `${r} {
  .id, .family, .kind, .weight, .summary, .dateStart, .dateEnd, .dateLabel, .yearInferred,
  source: ${s}.id, sourceName: ${s}.name, target: ${t}.id, targetName: ${t}.name,
  citations: ${CITATIONS(r)},
  evidence: ${EVIDENCE(r)}
}`;

export const MEMBERSHIP = (m: string, r: string, g: string) => `${r} {
  .id, .role,
  member: ${m}.id, memberName: ${m}.name, group: ${g}.id, groupName: ${g}.name,
  citations: ${CITATIONS(r)}
}`;
