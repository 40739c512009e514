import type { Citation, EvidenceColumns, Relationship } from "@/lib/graph/types";

/** Whether a passage backs the relationship or one of the claims that deny it. */
export type Stance = "supports" | "disputes";

export interface DocumentEvidence {
  documentId: string;
  /** The document's title, or its id where it has none. */
  documentTitle: string;
  passages: Array<{ citation: Citation; stance: Stance }>;
}

/**
 * A relationship's passages grouped by document, documents in first-cited order: its citations
 * support it, its evidence's `disputes` dispute it (supporting passages first within a document).
 */
export function evidenceByDocument(
  relationship: Pick<Relationship, "citations" | "evidence">,
): DocumentEvidence[] {
  const groups = new Map<string, DocumentEvidence>();
  const add = (citation: Citation, stance: Stance) => {
    const group = groups.get(citation.documentId) ?? {
      documentId: citation.documentId,
      documentTitle: citation.documentTitle ?? citation.documentId,
      passages: [],
    };
    group.passages.push({ citation, stance });
    groups.set(citation.documentId, group);
  };
  relationship.citations.forEach((citation) => add(citation, "supports"));
  relationship.evidence.disputes.forEach((citation) => add(citation, "disputes"));
  return [...groups.values()];
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "3 claims · 2 independent sources (3 documents)". */
export function describeEvidence(evidence: EvidenceColumns): string {
  return `${count(evidence.claimCount, "claim")} · ${count(
    evidence.independentSourceCount,
    "independent source",
  )} (${count(evidence.sourceCount, "document")})`;
}
