import Link from "next/link";
import type { Citation } from "@/lib/graph/types";

export function passageHref(citation: Pick<Citation, "documentId" | "passageId">): string {
  return `/documents/${encodeURIComponent(citation.documentId)}?passage=${encodeURIComponent(citation.passageId)}#${encodeURIComponent(citation.passageId)}`;
}

/** The passages a relationship rests on, quoted; each opens in the reader. */
export function CitationList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return <p className="muted">No citing passage.</p>;
  return (
    <ul className="citation-list">
      {citations.map((citation) => (
        <li key={citation.passageId}>
          <blockquote>
            <Link
              href={passageHref(citation)}
              aria-label={`Open passage in the reader: ${citation.text}`}
            >
              “{citation.text}”
            </Link>
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
