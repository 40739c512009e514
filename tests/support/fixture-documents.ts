import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

// Generated rather than checked in, so a test says in one place what the file holds. No jest
// globals here: the Playwright suites upload the same files.

export interface FixtureDocument {
  title: string;
  author: string;
  paragraphs: string[];
  /** Only for the PDF: when it was made, written to the Info dictionary. */
  created?: Date;
}

const PAGE = { width: 595, height: 842, margin: 56 };
const FONT_SIZE = 11;
const LINE_HEIGHT = 14;
const PARAGRAPH_GAP = 12;
const MAX_LINE_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Greedy word wrap; a word ending in "-" (a hyphenated break the caller wants) is kept as is. */
function wrap(text: string, widthOf: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(candidate) > MAX_LINE_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A PDF with the paragraphs wrapped to the page, a blank gap between paragraphs, and title, author
 * and creation date in its metadata. A "\n" inside a paragraph forces a line break there, so a test
 * can place an end-of-line hyphenation ("influ-\nence").
 */
export async function fixturePdf(doc: FixtureDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setAuthor(doc.author);
  pdf.setCreationDate(doc.created ?? new Date("2020-02-01T00:00:00Z"));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const widthOf = (line: string) => font.widthOfTextAtSize(line, FONT_SIZE);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const paragraph of doc.paragraphs) {
    const lines = paragraph.split("\n").flatMap((part) => wrap(part, widthOf));
    for (const line of lines) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: FONT_SIZE, font });
      y -= LINE_HEIGHT;
    }
    y -= PARAGRAPH_GAP;
  }
  return pdf.save();
}

/** A .docx with the title as a heading and in its core properties, then one paragraph each. */
export async function fixtureDocx(doc: FixtureDocument): Promise<Uint8Array> {
  const file = new Document({
    title: doc.title,
    creator: doc.author,
    sections: [
      {
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
          ...doc.paragraphs.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
