import type { NormalisationReport } from "@/lib/documents/extract/types";

// C0 controls except tab, line feed and carriage return (handled as whitespace and line ends), DEL,
// C1 controls, and invisible format characters that break word matching: soft hyphen, zero-width
// space/joiners, word joiner, byte-order mark.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// A run of horizontal whitespace: tabs, no-break and the typographic spaces.
const HORIZONTAL_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*$/;
const LIST_OR_HEADING = /^(?:[-*+•–—]\s|\d{1,3}[.)]\s|#{1,6}\s|>)/;
const HYPHENATED = /\p{L}-$/u;
const STARTS_LOWER = /^\p{Ll}/u;
// Nobody hard-wraps prose wider than this: a block whose longest line is wider holds one
// paragraph per line (text pasted from a web page or a word processor).
const UNWRAPPED_WIDTH = 160;
// A line ending a sentence and this much shorter than the block's longest line ends a paragraph.
const SHORT_LINE = 0.8;

export interface Normalised {
  text: string;
  report: NormalisationReport;
}

type Counts = Omit<NormalisationReport, "paragraphs" | "characters">;

/** Splits one block (no blank lines) into paragraphs, joining the lines wrapped inside each. */
function joinBlock(lines: string[], counts: Counts): string[] {
  const width = Math.max(...lines.map((line) => line.length));
  // Wrapped prose rarely ends every line with a sentence: such a block is one paragraph a line.
  const onePerLine =
    width > UNWRAPPED_WIDTH || (lines.length > 1 && lines.every((line) => SENTENCE_END.test(line)));
  const paragraphs: string[] = [];
  let current = lines[0]!;
  // The source line before the break (current holds the paragraph joined so far).
  let lastLine = current;
  for (const next of lines.slice(1)) {
    const endsParagraph =
      onePerLine ||
      LIST_OR_HEADING.test(next) ||
      LIST_OR_HEADING.test(lastLine) ||
      (SENTENCE_END.test(lastLine) && lastLine.length < SHORT_LINE * width);
    if (endsParagraph) {
      paragraphs.push(current);
      current = next;
    } else if (HYPHENATED.test(current) && STARTS_LOWER.test(next)) {
      current = current.slice(0, -1) + next;
      counts.hyphenationsRemoved += 1;
      counts.linesJoined += 1;
    } else {
      current = `${current} ${next}`;
      counts.linesJoined += 1;
    }
    lastLine = next;
  }
  paragraphs.push(current);
  return paragraphs;
}

/**
 * Plain text with one paragraph per "\n\n"-separated block and no line breaks inside a paragraph:
 * the form every offset of a frozen document points into. The report says what was changed.
 */
export function normaliseText(raw: string): Normalised {
  const counts: Counts = {
    linesJoined: 0,
    hyphenationsRemoved: 0,
    whitespaceCollapsed: 0,
    controlCharactersRemoved: 0,
  };
  let text = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    // Page breaks and the Unicode paragraph separator end a paragraph; the line separator a line.
    .replace(/[\f\v\u2029]/g, "\n\n")
    .replace(/\u2028/g, "\n");
  text = text.replace(CONTROL, () => {
    counts.controlCharactersRemoved += 1;
    return "";
  });
  // Trimmed first, so a run at a line's edge counts once, not as collapsed and then trimmed.
  const lines = text.split("\n").map((line) => {
    const trimmed = line.trim();
    if (trimmed !== line) counts.whitespaceCollapsed += 1;
    return trimmed.replace(HORIZONTAL_SPACE, (run) => {
      if (run === " ") return run;
      counts.whitespaceCollapsed += 1;
      return " ";
    });
  });

  const blocks: string[][] = [];
  let block: string[] = [];
  let blankRun = 0;
  for (const line of lines) {
    if (line === "") {
      blankRun += 1;
      continue;
    }
    if (blankRun > 0 && block.length > 0) {
      // One blank line separates paragraphs; each further one is collapsed whitespace.
      if (blankRun > 1) counts.whitespaceCollapsed += 1;
      blocks.push(block);
      block = [];
    }
    blankRun = 0;
    block.push(line);
  }
  if (block.length > 0) blocks.push(block);

  const paragraphs = blocks.flatMap((lines) => joinBlock(lines, counts));
  const result = paragraphs.join("\n\n");
  return {
    text: result,
    report: { ...counts, paragraphs: paragraphs.length, characters: result.length },
  };
}
