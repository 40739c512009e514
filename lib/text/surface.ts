/**
 * The form a mention is grouped and judged by: whitespace collapsed and curly apostrophes and
 * quotes straightened, so "Iran’s  militias" and "Iran's militias" are one surface.
 */
export function normaliseSurface(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
