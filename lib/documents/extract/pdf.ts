import { getDocumentProxy, getMeta } from "unpdf";
import { ExtractionError, type ExtractionField } from "@/lib/documents/errors";
import { normaliseDate } from "@/lib/documents/extract/dates";
import type { RawExtraction } from "@/lib/documents/extract/types";

// unpdf's extractText joins a page's lines with "\n" and loses the blank space between
// paragraphs, so lines are rebuilt from the text items' positions: a vertical gap well above the
// page's usual line spacing ends a paragraph. Joining wrapped lines is left to normaliseText.

// The fields of pdf.js's TextItem this reader uses.
interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
}

// A gap this many times the page's usual line spacing separates paragraphs.
const PARAGRAPH_GAP = 1.4;

function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = "";
  let y: number | null = null;
  const end = () => {
    if (text.trim() && y !== null) lines.push({ text, y });
    text = "";
    y = null;
  };
  for (const item of items) {
    const itemY = item.transform[5] ?? 0;
    // A new baseline starts a new line even where pdf.js set no end-of-line mark.
    if (y !== null && item.str && Math.abs(itemY - y) > Math.max(item.height, 1) * 0.5) end();
    if (item.str) {
      y ??= itemY;
      text += item.str;
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function pageText(lines: Line[]): string {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const usual = median(gaps.filter((gap) => gap > 0));
  let text = lines[0]?.text ?? "";
  lines.slice(1).forEach((line, i) => {
    const gap = gaps[i]!;
    // Moving up the page (a new column) or a wide gap ends the paragraph.
    const breaks = usual !== null && (gap < 0 || gap > usual * PARAGRAPH_GAP);
    text += (breaks ? "\n\n" : "\n") + line.text;
  });
  return text;
}

function metaString(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

export async function extractPdf(
  bytes: Uint8Array,
  name: string,
  field: ExtractionField,
): Promise<RawExtraction> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const password = error instanceof Error && error.name === "PasswordException";
    throw new ExtractionError(
      "unreadable_pdf",
      field,
      password
        ? `${name} is password-protected; remove the password and upload it again.`
        : `${name} could not be read as a PDF (${error instanceof Error ? error.message : "damaged"}).`,
      { file: name },
    );
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ("str" in item ? [item] : []));
      pages.push(pageText(pageLines(items)));
    }
    // A page boundary is a line break: a paragraph running on to the next page is joined later.
    const text = pages.filter(Boolean).join("\n");
    if (!text.trim()) {
      throw new ExtractionError(
        "empty_text",
        field,
        `${name} has no text layer (a scanned image?); run it through OCR first, or paste its text.`,
        { file: name },
      );
    }
    const { info } = await getMeta(pdf);
    const meta = (info ?? {}) as Record<string, unknown>;
    return {
      text,
      metadata: {
        title: metaString(meta.Title),
        author: metaString(meta.Author),
        published: normaliseDate(metaString(meta.CreationDate)),
        language: metaString(meta.Language)?.slice(0, 2).toLowerCase() ?? null,
      },
    };
  } finally {
    await pdf.destroy();
  }
}
