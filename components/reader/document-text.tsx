import Link from "next/link";
import type { DocumentDetailResponse } from "@/lib/graph/types";
import { segmentDocument } from "@/lib/reader/segments";

export interface DocumentTextProps {
  detail: DocumentDetailResponse;
  currentPassage: string | null;
}

/** The article, every cited passage highlighted and each actor it mentions linked to the graph. */
export function DocumentText({ detail, currentPassage }: DocumentTextProps) {
  const { document, passages, actors } = detail;
  // Show the body, stretched to cover any cited passage that lies outside it.
  const body = {
    start: Math.min(document.bodyStart, ...passages.map((p) => p.start)),
    end: Math.max(document.bodyEnd, ...passages.map((p) => p.end)),
  };
  const paragraphs = segmentDocument(document.text, body, passages, actors);
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const anchored = new Set<string>();
  return (
    <div className="document-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            const content = segment.actorId ? (
              <Link
                href={`/?focus=${encodeURIComponent(segment.actorId)}&sel=n:${encodeURIComponent(segment.actorId)}`}
                className="mention"
                title={`Show ${names.get(segment.actorId) ?? segment.actorId} in the graph`}
              >
                {segment.text}
              </Link>
            ) : (
              segment.text
            );
            if (segment.passageIds.length === 0) return <span key={segment.start}>{content}</span>;
            // The first piece of each passage carries its id, so links can scroll to it.
            const anchor = segment.passageIds.find((id) => !anchored.has(id));
            if (anchor) anchored.add(anchor);
            const current = currentPassage !== null && segment.passageIds.includes(currentPassage);
            return (
              <mark
                key={segment.start}
                id={anchor}
                tabIndex={anchor === currentPassage ? -1 : undefined}
                className={current ? "passage current" : "passage"}
                data-passages={segment.passageIds.join(" ")}
              >
                {content}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
