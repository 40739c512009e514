/** The text offsets (UTF-16, as docs/curation.md counts) a selection covers inside `container`. */
export function selectionOffsets(
  container: HTMLElement,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  return {
    start: offsetOf(container, range.startContainer, range.startOffset),
    end: offsetOf(container, range.endContainer, range.endOffset),
  };
}

// The preview holds only text nodes (white-space: pre-wrap), so a range's text is the offset.
function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The first and last few words of text[start, end), to show where a range begins and ends. */
export function rangeEnds(text: string, start: number, end: number, words = 6) {
  const body = text.slice(start, end).trim().split(/\s+/);
  if (body.length <= words * 2) return { first: body.join(" "), last: "" };
  return { first: body.slice(0, words).join(" "), last: body.slice(-words).join(" ") };
}
