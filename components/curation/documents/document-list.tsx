import Link from "next/link";
import type { DocumentStatus } from "@/lib/curation/schemas";
import type { DocumentListEntry as DocumentListItem } from "@/lib/curation/types";
import { formatPeriod } from "@/lib/domain/periods";

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: "Draft",
  frozen: "Frozen, not reviewed",
  in_review: "In review",
  reviewed: "Reviewed",
};

const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

export interface DocumentListProps {
  documents: DocumentListItem[];
  /** Curators get a link to each document's review. */
  curator: boolean;
}

export function DocumentList({ documents, curator }: DocumentListProps) {
  return (
    <ul>
      {documents.map((document) => {
        const id = encodeURIComponent(document.id);
        const { linked, open, claimsAccepted, claimsRejected, claimsDeferred } = document.counts;
        return (
          <li key={document.id}>
            <h2>
              {document.status === "draft" ? (
                document.title
              ) : (
                <Link href={`/documents/${id}`}>{document.title}</Link>
              )}
            </h2>
            {document.subtitle && <p>{document.subtitle}</p>}
            {document.snippet && <p className="doc-snippet">{document.snippet}</p>}
            <p className="reader-meta">
              {[
                document.publisher,
                document.section,
                document.published && formatPeriod(document.published),
              ]
                .filter(Boolean)
                .join(" · ")}{" "}
              · {document.passageCount} cited passages
            </p>
            {(document.status || document.addedBy) && (
              <p className="reader-meta">
                {document.status && (
                  <span className="doc-status">{STATUS_LABELS[document.status]}</span>
                )}
                {` · ${linked} mentions linked, ${open} open`}
                {` · claims ${claimsAccepted} accepted, ${claimsRejected} rejected, ${claimsDeferred} deferred`}
                {document.reviewed && ` · reviewed by ${document.reviewed.by}`}
                {document.addedBy && ` · added by ${document.addedBy}`}
                {document.addedAt && ` on ${formatDay(document.addedAt)}`}
                {curator && document.status && document.status !== "draft" && (
                  <>
                    {" · "}
                    <Link href={`/documents/${id}/review`}>Review the names</Link>
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
