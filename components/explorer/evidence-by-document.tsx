"use client";

import { CitationQuote } from "@/components/explorer/citation-list";
import { ContestedBadge } from "@/components/evidence/contested-badge";
import { EvidenceCounts } from "@/components/evidence/evidence-counts";
import { StanceMark } from "@/components/evidence/stance-mark";
import { evidenceByDocument } from "@/lib/explorer/evidence-groups";
import type { Relationship } from "@/lib/graph/types";

/**
 * What a relationship rests on: its counts, the Contested badge and why, and every passage under
 * its document's title, each marked as supporting or disputing it.
 */
export function EvidenceByDocument({ relationship }: { relationship: Relationship }) {
  const documents = evidenceByDocument(relationship);
  return (
    <section className="evidence-by-document" aria-labelledby="relationship-evidence-heading">
      <h3 id="relationship-evidence-heading">Evidence</h3>
      <EvidenceCounts evidence={relationship.evidence} />
      <ContestedBadge evidence={relationship.evidence} />
      {documents.length === 0 && <p className="muted">No citing passage.</p>}
      {documents.map((document) => (
        <section key={document.documentId} aria-labelledby={`evidence-${document.documentId}`}>
          <h4 id={`evidence-${document.documentId}`} className="evidence-document">
            {document.documentTitle}
          </h4>
          <ul className="citation-list">
            {document.passages.map(({ citation, stance }) => (
              <li key={`${stance}:${citation.passageId}`} className={`citation-${stance}`}>
                <CitationQuote citation={citation} mark={<StanceMark stance={stance} />} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
