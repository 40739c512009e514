"use client";

import { memo, type MouseEvent } from "react";
import type { MentionsResponse, MentionView as Mention } from "@/lib/curation/types";
import { STATUS_NAMES } from "@/components/curation/review/group-label";
import { segmentMentions } from "@/lib/reader/mention-segments";

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
 * from the keyboard).
 */
export const ReviewText = memo(function ReviewText({
  document,
  mentions,
  current,
  currentMention,
  onPick,
}: ReviewTextProps) {
  const byId = new Map(mentions.map((mention) => [mention.id, mention]));
  const paragraphs = segmentMentions(
    document.text,
    { start: document.bodyStart, end: document.bodyEnd },
    mentions,
  );
  function click(event: MouseEvent<HTMLDivElement>) {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-mention]");
    if (target?.dataset.mention) onPick(target.dataset.mention);
  }
  return (
    // Mouse convenience only: every mention is reachable from the queue by keyboard.
    <div className="review-text document-text" onClick={click}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            const mention = segment.mentionId ? byId.get(segment.mentionId) : undefined;
            if (!mention) return <span key={segment.start}>{segment.text}</span>;
            const classes = [
              "mention-hl",
              `status-${mention.status}`,
              current.has(mention.id) && "in-group",
              mention.id === currentMention && "this-one",
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
      ))}
    </div>
  );
});
