"use client";

import Link from "next/link";
import { useContext, type ReactNode } from "react";
import { ReadBesideContext } from "@/components/explorer/read-beside";
import type { Citation } from "@/lib/graph/types";

type CitationRef = Pick<Citation, "passageId" | "documentId" | "text">;

export function passageHref(citation: Pick<Citation, "documentId" | "passageId">): string {
  return `/documents/${encodeURIComponent(citation.documentId)}?passage=${encodeURIComponent(citation.passageId)}#${encodeURIComponent(citation.passageId)}`;
}

/** The passages a claim rests on, quoted; each opens in the reader, or beside the graph. */
export function CitationList({ citations }: { citations: CitationRef[] }) {
  if (citations.length === 0) return <p className="muted">No citing passage.</p>;
  return (
    <ul className="citation-list">
      {citations.map((citation) => (
        <li key={citation.passageId}>
          <CitationQuote citation={citation} />
        </li>
      ))}
    </ul>
  );
}

/** One passage quoted, linking to the reader, with "Read in context" beside the graph; `mark` goes before it. */
export function CitationQuote({ citation, mark }: { citation: CitationRef; mark?: ReactNode }) {
  const readBeside = useContext(ReadBesideContext);
  return (
    <>
      {mark}
      <blockquote>
        <Link
          href={passageHref(citation)}
          aria-label={`Open passage in the reader: ${citation.text}`}
        >
          “{citation.text}”
        </Link>
      </blockquote>
      {readBeside && (
        <button
          type="button"
          className="small-button read-beside"
          onClick={() =>
            readBeside({ documentId: citation.documentId, passageId: citation.passageId })
          }
          aria-label={`Read in context beside the graph: ${citation.text}`}
        >
          Read in context
        </button>
      )}
    </>
  );
}
