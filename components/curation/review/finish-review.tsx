"use client";

import { useEffect, useState } from "react";
import { useDocumentChanges } from "@/components/curation/review/document-changes";
import { requestJson } from "@/components/fetch-json";
import type { ClaimsResponse, CuratedDocument } from "@/lib/curation/types";

export interface FinishReviewProps {
  documentId: string;
  csrfToken: string;
}

/** What the curator has done with the document, and "Mark as reviewed" once they are done. */
export function FinishReview({ documentId, csrfToken }: FinishReviewProps) {
  const [document, setDocument] = useState<CuratedDocument | null>(null);
  const [message, setMessage] = useState("");
  const url = `/api/documents/${encodeURIComponent(documentId)}`;

  const [loads, setLoads] = useState(0);
  const { generation } = useDocumentChanges();

  useEffect(() => {
    const controller = new AbortController();
    requestJson<ClaimsResponse>(`${url}/claims`, { cache: "no-store", signal: controller.signal })
      .then((result) => {
        if (result.ok) setDocument(result.data.document);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [url, loads, generation]);

  async function finish() {
    if (!document) return;
    const result = await requestJson<{ document: CuratedDocument }>(`${url}/finish`, {
      body: { version: document.version },
      csrfToken,
    });
    if (result.ok) {
      setDocument(result.data.document);
      setMessage("Marked as reviewed.");
    } else {
      setMessage(result.error.message);
      if (result.status === 409) setLoads((n) => n + 1);
    }
  }

  async function setCountsSeparately(countsSeparately: boolean) {
    if (!document) return;
    const result = await requestJson<{ document: CuratedDocument }>(url, {
      method: "PATCH",
      body: { version: document.version, countsSeparately },
      csrfToken,
    });
    if (result.ok) {
      setDocument({ ...document, ...result.data.document });
      setMessage(
        countsSeparately
          ? "Counted as a source of its own: its edges were recomputed."
          : `Counted as one source with the rest of ${document.publisher}: its edges were recomputed.`,
      );
    } else {
      setMessage(result.error.message);
      if (result.status === 409) setLoads((n) => n + 1);
    }
  }

  if (!document) return null;
  const { linked, open, claimsAccepted, claimsRejected, claimsDeferred, claimsProposed } =
    document.counts;
  return (
    <section className="finish-review" aria-labelledby="finish-review-title">
      <h2 id="finish-review-title">Where this document stands</h2>
      <p>
        {linked} mentions linked, {open} open · claims: {claimsAccepted} accepted, {claimsRejected}{" "}
        rejected, {claimsDeferred} deferred, {claimsProposed} to decide.
      </p>
      {document.publisher && (
        <label className="check">
          <input
            type="checkbox"
            checked={document.countsSeparately}
            onChange={(event) => void setCountsSeparately(event.target.checked)}
          />{" "}
          Counts as an independent source, although other documents come from {document.publisher}
        </label>
      )}
      {document.reviewed ? (
        <p>
          Reviewed by {document.reviewed.by} on{" "}
          {new Date(document.reviewed.at).toLocaleDateString("en-GB")}.
        </p>
      ) : (
        <button type="button" onClick={() => void finish()}>
          Mark as reviewed
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
