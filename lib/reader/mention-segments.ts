import { paragraphRanges } from "@/lib/reader/segments";

export interface MentionSpan {
  id: string;
  start: number;
  end: number;
}

export interface MentionSegment {
  start: number;
  text: string;
  mentionId: string | null;
}

/**
 * [from, to) of `text` as paragraphs of plain runs and mentions, for the review page. Mentions
 * are taken in order; one overlapping an earlier one is left out, a paragraph break inside one
 * cuts it.
 */
export function segmentMentions(
  text: string,
  body: { start: number; end: number },
  mentions: MentionSpan[],
): { start: number; segments: MentionSegment[] }[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  return paragraphRanges(text, body.start, body.end).map(([start, end]) => {
    const segments: MentionSegment[] = [];
    let at = start;
    for (const mention of sorted) {
      if (mention.end <= at || mention.start >= end) continue;
      if (mention.start < at) continue;
      if (mention.start > at)
        segments.push({ start: at, text: text.slice(at, mention.start), mentionId: null });
      const stop = Math.min(mention.end, end);
      segments.push({
        start: mention.start,
        text: text.slice(mention.start, stop),
        mentionId: mention.id,
      });
      at = stop;
    }
    if (at < end) segments.push({ start: at, text: text.slice(at, end), mentionId: null });
    return { start, segments };
  });
}
