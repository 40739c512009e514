import type { TextRange } from "@/lib/text/gazetteer";

/** Characters of context either side that must come along for a span to count as found again. */
const CONTEXT = 30;

export type Relocation<T extends TextRange> =
  { span: T; moved: true; to: TextRange } | { span: T; moved: false; reason: string };

function occurrencesOf(text: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle, from); i !== -1 && i + needle.length <= to;) {
    found.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return found;
}

/**
 * Where each span of an old text lies in its corrected version — only when that is certain: the
 * span with its surrounding words (up to CONTEXT characters either side, within the old body)
 * occurs exactly once in the new body, or, failing that, the span alone does. Anything else —
 * gone, changed, or there more than once — is not moved but named, for a person to review;
 * nothing is placed by similarity.
 */
export function relocateSpans<T extends TextRange>(
  oldText: string,
  oldBody: TextRange,
  newText: string,
  newBody: TextRange,
  spans: ReadonlyArray<T>,
): Relocation<T>[] {
  return spans.map((span) => {
    const before = Math.max(oldBody.start, span.start - CONTEXT);
    const after = Math.min(oldBody.end, span.end + CONTEXT);
    const withContext = oldText.slice(before, after);
    const inContext = occurrencesOf(newText, withContext, newBody.start, newBody.end);
    if (inContext.length === 1) {
      const start = inContext[0]! + (span.start - before);
      return { span, moved: true, to: { start, end: start + (span.end - span.start) } };
    }
    const exact = oldText.slice(span.start, span.end);
    const alone = occurrencesOf(newText, exact, newBody.start, newBody.end);
    if (alone.length === 1) {
      return { span, moved: true, to: { start: alone[0]!, end: alone[0]! + exact.length } };
    }
    return {
      span,
      moved: false,
      reason:
        alone.length === 0
          ? "its text is not in the corrected version"
          : `its words changed around it, and its text occurs ${alone.length} times`,
    };
  });
}
