import type { Quote } from "@/lib/seed/schema";

export type Span = { start: number; end: number };

/** Start offsets of every occurrence of `needle`, overlapping ones included. */
export function occurrences(haystack: string, needle: string, from = 0, to = haystack.length) {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle, from); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (i + needle.length > to) break;
    found.push(i);
  }
  return found;
}

function times(count: number): string {
  return count === 1 ? "once" : `${count} times`;
}

/** The article body runs from the start of startQuote to the end of endQuote; both must be unique. */
export function locateBody(
  text: string,
  startQuote: string,
  endQuote: string,
): { ok: true; span: Span } | { ok: false; field: string; message: string } {
  const starts = occurrences(text, startQuote);
  if (starts.length !== 1) {
    const message =
      starts.length === 0
        ? "not found in document.txt"
        : `occurs ${times(starts.length)} in document.txt; it must be unique`;
    return { ok: false, field: "body.startQuote", message };
  }
  const ends = occurrences(text, endQuote);
  if (ends.length !== 1) {
    const message =
      ends.length === 0
        ? "not found in document.txt"
        : `occurs ${times(ends.length)} in document.txt; it must be unique`;
    return { ok: false, field: "body.endQuote", message };
  }
  const start = starts[0]!;
  const end = ends[0]! + endQuote.length;
  if (end <= start)
    return { ok: false, field: "body.endQuote", message: "comes before body.startQuote" };
  return { ok: true, span: { start, end } };
}

/** Where a citation's quote sits in the document, or why it cannot be placed. */
export function locateQuote(
  text: string,
  body: Span,
  citation: Quote,
): { ok: true; span: Span } | { ok: false; message: string } {
  const { quote, occurrence } = citation;
  const inBody = occurrences(text, quote, body.start, body.end);
  if (inBody.length === 0) {
    const anywhere = occurrences(text, quote).length > 0;
    return {
      ok: false,
      message: anywhere
        ? "quote found only outside the article body"
        : "quote not found in document text",
    };
  }
  if (occurrence === undefined && inBody.length > 1) {
    return {
      ok: false,
      message: `quote occurs ${times(inBody.length)} in the article body; add "occurrence" (1-${inBody.length})`,
    };
  }
  const start = inBody[(occurrence ?? 1) - 1];
  if (start === undefined) {
    return {
      ok: false,
      message: `occurrence ${occurrence} is out of range: quote occurs ${times(inBody.length)} in the article body`,
    };
  }
  return { ok: true, span: { start, end: start + quote.length } };
}
