import mammoth from "mammoth";
import { ExtractionError, type ExtractionField } from "@/lib/documents/errors";
import { htmlToText } from "@/lib/documents/extract/html-to-text";
import type { RawExtraction } from "@/lib/documents/extract/types";
import { readZipEntry } from "@/lib/documents/extract/zip";

const CORE_PROPERTIES_MAX_BYTES = 1024 * 1024;

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

// docProps/core.xml is a flat list of Dublin Core elements: a regular expression reads it.
function coreProperty(xml: string, element: string): string | null {
  const match = new RegExp(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(xml);
  const value = match ? decodeXml(match[1]!).trim() : "";
  return value || null;
}

export async function extractDocx(
  bytes: Uint8Array,
  name: string,
  field: ExtractionField,
): Promise<RawExtraction> {
  let html: string;
  try {
    // HTML rather than extractRawText, so headings, paragraphs and list items keep their breaks.
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new ExtractionError(
      "unreadable_docx",
      field,
      `${name} could not be read as a Word document (${error instanceof Error ? error.message : "damaged"}).`,
      { file: name },
    );
  }
  const core = readZipEntry(bytes, "docProps/core.xml", CORE_PROPERTIES_MAX_BYTES)?.toString(
    "utf8",
  );
  return {
    text: htmlToText(html),
    metadata: core
      ? { title: coreProperty(core, "dc:title"), author: coreProperty(core, "dc:creator") }
      : {},
  };
}
