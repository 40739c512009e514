import type { ActorSummary, Passage } from "@/lib/graph/types";

/** A run of text with one set of covering passages and at most one linked actor mention. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  passageIds: string[];
  actorId: string | null;
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

interface Span {
  start: number;
  end: number;
  actorId: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where each passage names the actors it mentions: names and aliases (longest first, whole
 * words, case as written), searched only inside the passages that mention that actor, so a
 * common alias ("the president") is never linked in the wrong place.
 */
export function findMentions(text: string, passages: Passage[], actors: ActorSummary[]): Span[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const spans: Span[] = [];
  for (const passage of passages) {
    const slice = text.slice(passage.start, passage.end);
    const names = passage.actorIds
      .flatMap((id) => {
        const actor = byId.get(id);
        return actor ? [actor.name, ...actor.aliases].map((name) => ({ id, name })) : [];
      })
      .filter(({ name }) => name.length >= 3)
      .sort((a, b) => b.name.length - a.name.length);
    for (const { id, name } of names) {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
        "gu",
      );
      for (const match of slice.matchAll(pattern)) {
        const start = passage.start + (match.index ?? 0);
        const end = start + name.length;
        if (!spans.some((span) => span.start < end && start < span.end)) {
          spans.push({ start, end, actorId: id });
        }
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Splits [from, to) of `text` into paragraphs at blank lines (or single newlines). */
export function paragraphRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  const breaks = /\n+/g;
  breaks.lastIndex = from;
  for (let match = breaks.exec(text); match && match.index < to; match = breaks.exec(text)) {
    if (match.index > start) ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (start < to) ranges.push([start, to]);
  return ranges;
}

/**
 * The document body as paragraphs of segments, cut wherever a passage or a mention begins or
 * ends, so that overlapping passages each keep their own highlight.
 */
export function segmentDocument(
  text: string,
  body: { start: number; end: number },
  passages: Passage[],
  actors: ActorSummary[],
): Paragraph[] {
  const mentions = findMentions(text, passages, actors);
  const cuts = new Set<number>();
  for (const item of [...passages, ...mentions]) {
    cuts.add(item.start);
    cuts.add(item.end);
  }
  return paragraphRanges(text, body.start, body.end).map(([start, end]) => {
    const points = [start, ...[...cuts].filter((cut) => cut > start && cut < end), end].sort(
      (a, b) => a - b,
    );
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i += 1) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      if (to <= from) continue;
      segments.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        passageIds: passages.filter((p) => p.start <= from && p.end >= to).map((p) => p.id),
        actorId: mentions.find((m) => m.start <= from && m.end >= to)?.actorId ?? null,
      });
    }
    return { start, segments };
  });
}
