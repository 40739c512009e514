/*
 * A claim's citation adjusted a word or a sentence at a time in the review queue. Pure offsets
 * into the frozen text (UTF-16 code units); every answer stays inside the body and is never empty:
 * a shrink that would empty the span leaves it as it was.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** Which end of the citation moves. */
export type SpanEdge = "start" | "end";

const space = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** The span inside the body, without whitespace at either end (null when nothing is left). */
export function clampToBody(text: string, span: TextSpan, body: TextSpan): TextSpan | null {
  let start = Math.max(body.start, Math.min(span.start, span.end));
  let end = Math.min(body.end, Math.max(span.start, span.end));
  while (start < end && space(text[start])) start += 1;
  while (end > start && space(text[end - 1])) end -= 1;
  return end > start ? { start, end } : null;
}

function settle(text: string, before: TextSpan, after: TextSpan, body: TextSpan): TextSpan {
  return clampToBody(text, after, body) ?? clampToBody(text, before, body) ?? before;
}

/** One more word (a run of non-space characters) at the chosen end. */
export function widenByWord(
  text: string,
  span: TextSpan,
  body: TextSpan,
  edge: SpanEdge = "end",
): TextSpan {
  if (edge === "end") {
    let at = Math.min(span.end, body.end);
    while (at < body.end && space(text[at])) at += 1;
    while (at < body.end && !space(text[at])) at += 1;
    return settle(text, span, { start: span.start, end: at }, body);
  }
  let at = Math.max(span.start, body.start);
  while (at > body.start && space(text[at - 1])) at -= 1;
  while (at > body.start && !space(text[at - 1])) at -= 1;
  return settle(text, span, { start: at, end: span.end }, body);
}

/** One word fewer at the chosen end; the last word stays. */
export function shrinkByWord(
  text: string,
  span: TextSpan,
  body: TextSpan,
  edge: SpanEdge = "end",
): TextSpan {
  if (edge === "end") {
    let at = span.end;
    while (at > span.start && space(text[at - 1])) at -= 1;
    while (at > span.start && !space(text[at - 1])) at -= 1;
    while (at > span.start && space(text[at - 1])) at -= 1;
    return at > span.start ? settle(text, span, { start: span.start, end: at }, body) : span;
  }
  let at = span.start;
  while (at < span.end && space(text[at])) at += 1;
  while (at < span.end && !space(text[at])) at += 1;
  while (at < span.end && space(text[at])) at += 1;
  return at < span.end ? settle(text, span, { start: at, end: span.end }, body) : span;
}

// Words that end in a full stop without ending the sentence ("Mr. Sadr", "Gen. Soleimani").
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st gen col lt sgt capt cmdr maj adm brig gov sen rep rev prof jr sr vs etc no " +
    "inc ltd co corp dept fig jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

/**
 * The body's sentences, simply: a run ends at . ! ? or … (closing quotes and brackets kept) before
 * white space and a word that does not start in lower case, or at a line break. Initials ("U.S."),
 * and the abbreviations above, do not end one. The analysis (lib/text/sentences.ts) is finer; this
 * is what the reader can compute as the curator presses a key.
 */
export function sentenceBounds(text: string, body: TextSpan): TextSpan[] {
  const sentences: TextSpan[] = [];
  const push = (from: number, to: number) => {
    const span = clampToBody(text, { start: from, end: to }, body);
    if (span) sentences.push(span);
  };
  let start = body.start;
  BOUNDARY.lastIndex = body.start;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (match.index >= body.end) break;
    const stop = match.index + match[0].length;
    if (match[0] !== "\n") {
      const next = /\S/.exec(text.slice(stop, body.end));
      if (next && /\p{Ll}/u.test(next[0])) continue;
      const word = /[\p{L}.]+$/u.exec(text.slice(start, match.index))?.[0] ?? "";
      const bare = word.replaceAll(".", "").toLowerCase();
      if (
        match[0].startsWith(".") &&
        (ABBREVIATIONS.has(bare) || /^\p{L}$|\p{L}\.\p{L}/u.test(word))
      )
        continue;
    }
    push(start, Math.min(stop, body.end));
    start = stop;
  }
  push(start, body.end);
  return sentences;
}

/**
 * To the end of the sentence the citation ends in, or, if it ends a sentence already, of the next
 * one (at the start edge: back to a sentence's beginning, or the previous one's).
 */
export function widenBySentence(
  text: string,
  span: TextSpan,
  body: TextSpan,
  edge: SpanEdge = "end",
  sentences: TextSpan[] = sentenceBounds(text, body),
): TextSpan {
  if (edge === "end") {
    const next = sentences.find((sentence) => sentence.end > span.end);
    return next ? settle(text, span, { start: span.start, end: next.end }, body) : span;
  }
  const previous = sentences.findLast((sentence) => sentence.start < span.start);
  return previous ? settle(text, span, { start: previous.start, end: span.end }, body) : span;
}

/** Drops the citation's last (or first) sentence, whole or in part; the last one stays. */
export function shrinkBySentence(
  text: string,
  span: TextSpan,
  body: TextSpan,
  edge: SpanEdge = "end",
  sentences: TextSpan[] = sentenceBounds(text, body),
): TextSpan {
  if (edge === "end") {
    const previous = sentences.findLast(
      (sentence) => sentence.end < span.end && sentence.end > span.start,
    );
    return previous ? settle(text, span, { start: span.start, end: previous.end }, body) : span;
  }
  const next = sentences.find(
    (sentence) => sentence.start > span.start && sentence.start < span.end,
  );
  return next ? settle(text, span, { start: next.start, end: span.end }, body) : span;
}
