/** A span of a text in UTF-16 code units, as JavaScript string indices count. */
export type TextRange = { start: number; end: number };
export type GazetteerHit<T> = TextRange & { term: T };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A match must not continue a word on either side: "Iran" is not found in "Iranian". */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

/**
 * Finds known terms in a text: case-sensitive whole-word matches, longest term first and never
 * overlapping, so "Trump Administration" is not also read as "Trump". `range` limits the search
 * to [start, end), e.g. an article body. Hits come back in text order.
 */
export function createGazetteer<T extends { text: string }>(
  terms: ReadonlyArray<T>,
): (text: string, range?: TextRange) => GazetteerHit<T>[] {
  const longestFirst = terms
    .filter((term) => term.text.length > 0)
    .sort((a, b) => b.text.length - a.text.length);

  return (text, range = { start: 0, end: text.length }) => {
    const hits: GazetteerHit<T>[] = [];
    // Starts and ends of taken spans, so the overlap test is a lookup rather than a scan.
    const taken = new Uint8Array(text.length);
    for (const term of longestFirst) {
      const length = term.text.length;
      for (
        let i = text.indexOf(term.text, range.start);
        i !== -1;
        i = text.indexOf(term.text, i + 1)
      ) {
        const end = i + length;
        if (end > range.end) break;
        if (!isWholeWord(text, i, end)) continue;
        if (taken.subarray(i, end).some((t) => t === 1)) continue;
        taken.fill(1, i, end);
        hits.push({ start: i, end, term });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
}
