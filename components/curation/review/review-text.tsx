"use client";

import { memo, useMemo, type MouseEvent } from "react";
import type { MentionsResponse, MentionView as Mention } from "@/lib/curation/types";
import { STATUS_NAMES } from "@/components/curation/review/group-label";
import { segmentMentions, type MentionSegment } from "@/lib/reader/mention-segments";

export interface ReviewTextProps {
  document: MentionsResponse["document"];
  mentions: Mention[];
  /** The current group's mention ids, and the one occurrence "Link this one" acts on. */
  current: ReadonlySet<string>;
  currentMention: string | null;
  onPick: (mentionId: string) => void;
}

/**
 * The frozen body with every mention marked by status (colour and underline style); the current
 * group's occurrences stand out. A click on a mention picks its group (the queue does the same
 * from the keyboard). Moving to another group re-renders only the paragraphs whose marks change:
 * a 10,000-word text has a thousand marks, and the keys must answer at once.
 */
export const ReviewText = memo(function ReviewText({
  document,
  mentions,
  current,
  currentMention,
  onPick,
}: ReviewTextProps) {
  const byId = useMemo(() => new Map(mentions.map((mention) => [mention.id, mention])), [mentions]);
  const paragraphs = useMemo(
    () =>
      segmentMentions(
        document.text,
        { start: document.bodyStart, end: document.bodyEnd },
        mentions,
      ),
    [document.text, document.bodyStart, document.bodyEnd, mentions],
  );
  function click(event: MouseEvent<HTMLDivElement>) {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-mention]");
    if (target?.dataset.mention) onPick(target.dataset.mention);
  }
  return (
    // Mouse convenience only: every mention is reachable from the queue by keyboard.
    <div className="review-text document-text" onClick={click}>
      {paragraphs.map((paragraph) => (
        <ReviewParagraph
          key={paragraph.start}
          segments={paragraph.segments}
          byId={byId}
          marked={markedIn(paragraph.segments, current, currentMention)}
        />
      ))}
    </div>
  );
});

/** The paragraph's mentions that stand out, as one string: a paragraph re-renders when it changes. */
function markedIn(
  segments: MentionSegment[],
  current: ReadonlySet<string>,
  currentMention: string | null,
): string {
  let marked = "";
  for (const { mentionId } of segments) {
    if (mentionId === null) continue;
    if (mentionId === currentMention) marked += `!${mentionId} `;
    if (current.has(mentionId)) marked += `${mentionId} `;
  }
  return marked;
}

const ReviewParagraph = memo(function ReviewParagraph({
  segments,
  byId,
  marked,
}: {
  segments: MentionSegment[];
  byId: ReadonlyMap<string, Mention>;
  marked: string;
}) {
  const standsOut = new Set(marked.split(" "));
  return (
    <p>
      {segments.map((segment) => {
        const mention = segment.mentionId ? byId.get(segment.mentionId) : undefined;
        if (!mention) return <span key={segment.start}>{segment.text}</span>;
        const classes = [
          "mention-hl",
          `status-${mention.status}`,
          standsOut.has(mention.id) && "in-group",
          standsOut.has(`!${mention.id}`) && "this-one",
        ];
        return (
          <mark
            key={segment.start}
            id={`mention-${mention.id}`}
            data-mention={mention.id}
            className={classes.filter(Boolean).join(" ")}
            title={`${STATUS_NAMES[mention.status]}: ${mention.reason}`}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
});
