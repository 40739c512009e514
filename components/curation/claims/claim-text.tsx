"use client";

import { memo, useRef } from "react";
import { clampToBody, type TextSpan } from "@/lib/curation/citation-span";
import type { ClaimsResponse } from "@/lib/curation/types";
import { segmentMentions } from "@/lib/reader/mention-segments";

export interface ClaimTextProps {
  document: ClaimsResponse["document"];
  /** The shown claim's citations, highlighted; the first is scrolled into view. */
  citations: TextSpan[];
  /** Which citation the keys adjust, outlined more strongly. */
  active: number;
  /** What the curator selected in the text (inside the body), or null when nothing is. */
  onSelect: (span: TextSpan | null) => void;
}

/**
 * The frozen body with the claim's citations marked. Every run of text carries its offset
 * (`data-start`), so a selection maps back to offsets into the document's text.
 */
export const ClaimText = memo(function ClaimText({
  document,
  citations,
  active,
  onSelect,
}: ClaimTextProps) {
  const root = useRef<HTMLDivElement>(null);
  const body = { start: document.bodyStart, end: document.bodyEnd };
  const paragraphs = segmentMentions(
    document.text,
    body,
    citations.map((span, index) => ({ id: String(index), ...span })),
  );

  function read() {
    const selection = window.getSelection();
    const container = root.current;
    if (!selection || !container || selection.rangeCount === 0 || selection.isCollapsed) {
      onSelect(null);
      return;
    }
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      return;
    }
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    onSelect(clampToBody(document.text, { start, end }, body));
  }

  return (
    // Selecting with the mouse or Shift+arrows (caret browsing) starts a claim by hand.
    <div
      className="review-text document-text claim-text"
      ref={root}
      onMouseUp={read}
      onKeyUp={read}
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            if (segment.mentionId === null) {
              return (
                <span key={segment.start} data-start={segment.start}>
                  {segment.text}
                </span>
              );
            }
            const index = Number(segment.mentionId);
            return (
              <mark
                key={segment.start}
                data-start={segment.start}
                data-citation={index}
                className={index === active ? "citation-hl active" : "citation-hl"}
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});

/** A DOM position inside the text as an offset into the document's text. */
function offsetOf(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    // Each run holds one text node: its offset plus the position inside it.
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    return run ? Number(run.dataset.start) + offset : null;
  }
  const element = node as Element;
  const child = element.childNodes[offset] as HTMLElement | undefined;
  if (child?.dataset?.start !== undefined) return Number(child.dataset.start);
  const last = element.lastElementChild as HTMLElement | null;
  if (last?.dataset.start !== undefined)
    return Number(last.dataset.start) + (last.textContent?.length ?? 0);
  const own = (element as HTMLElement).dataset?.start;
  return own === undefined
    ? null
    : Number(own) + (offset === 0 ? 0 : (element.textContent?.length ?? 0));
}
