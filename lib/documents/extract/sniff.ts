import { ExtractionError, type ExtractionField } from "@/lib/documents/errors";
import type { DocumentFormat } from "@/lib/documents/extract/types";
import { isZip, zipEntries } from "@/lib/documents/extract/zip";

// The bytes decide the format, never the name or the declared type, which a browser guesses from
// the extension. `file-type` would do this, but it is ESM-only with no `require` export, so jest
// (CommonJS under next/jest) cannot resolve it; the five formats we accept and the common things
// people upload by mistake are a few magic numbers, checked here.

export const ALLOWED_EXTENSIONS = [
  "txt",
  "text",
  "md",
  "markdown",
  "html",
  "htm",
  "xhtml",
  "pdf",
  "docx",
];

const SIGNATURES: { name: string; at?: number; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a WebP image or RIFF media file", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "an old Word/Office (.doc, .xls) file", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "an RTF document", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { name: "an executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: "an SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
  { name: "an MP4/QuickTime video", at: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
  { name: "an MP3 file", bytes: [0x49, 0x44, 0x33] },
  { name: "an Ogg media file", bytes: [0x4f, 0x67, 0x67, 0x53] },
];

function startsWith(bytes: Uint8Array, expected: number[], at = 0): boolean {
  return expected.every((byte, i) => bytes[at + i] === byte);
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KiB of junk (the PDF specification allows it).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

function describeZip(bytes: Uint8Array): DocumentFormat | string {
  const entries = zipEntries(bytes);
  if (!entries) return "a damaged ZIP archive";
  if (entries.has("word/document.xml")) return "docx";
  if (entries.has("xl/workbook.xml")) return "an Excel workbook (.xlsx)";
  if (entries.has("ppt/presentation.xml")) return "a PowerPoint presentation (.pptx)";
  if (entries.has("content.xml")) return "an OpenDocument file (.odt, .ods)";
  if (entries.has("META-INF/container.xml")) return "an EPUB book";
  return "a ZIP archive";
}

/** HTML by content, not by name: a doctype or an html/head/body tag near the start. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /<(html|head|body)[\s>]/.test(head) ||
    (head.startsWith("<") && /<(p|div|article|h1|title|meta)[\s>]/.test(head))
  );
}

export function extensionOf(name: string): string | null {
  const match = /\.([a-z0-9]{1,10})$/i.exec(name);
  return match ? match[1]!.toLowerCase() : null;
}

/** The format of the bytes; "text" until decoding says whether it is HTML or Markdown. */
export type SniffedKind = "pdf" | "docx" | "text";

/**
 * Refuses what is not one of our formats, naming the file and what it really is. A file whose
 * name lies about an accepted format (`notes.txt` holding a PDF) is read as what its bytes are.
 */
export function sniffBinary(bytes: Uint8Array, name: string, field: ExtractionField): SniffedKind {
  if (isPdf(bytes)) return "pdf";
  if (isZip(bytes)) {
    const zip = describeZip(bytes);
    if (zip === "docx") return "docx";
    throw new ExtractionError(
      "unsupported_type",
      field,
      `${name} is ${zip}; only .txt, .md, .html, .pdf and .docx documents can be read.`,
      { file: name, detected: zip },
    );
  }
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes, s.at));
  if (known) {
    throw new ExtractionError(
      "unsupported_type",
      field,
      `${name} is ${known.name}; only .txt, .md, .html, .pdf and .docx documents can be read.`,
      { file: name, detected: known.name },
    );
  }
  return "text";
}

/** Refuses an upload whose extension names a format we do not read, whatever its bytes. */
export function checkExtension(filename: string): void {
  const extension = extensionOf(filename);
  if (extension === null || ALLOWED_EXTENSIONS.includes(extension)) return;
  throw new ExtractionError(
    "unsupported_type",
    "file",
    `${filename}: .${extension} files are not accepted; upload .txt, .md, .html, .pdf or .docx.`,
    { file: filename, extension },
  );
}

/** Text is HTML by its content; Markdown only by its name or declared type (it reads as text). */
export function textFormat(
  text: string,
  name: string,
  declaredType: string | null,
): DocumentFormat {
  if (looksLikeHtml(text)) return "html";
  const extension = extensionOf(name);
  const type = declaredType?.split(";")[0]?.trim().toLowerCase();
  if (extension === "md" || extension === "markdown" || type === "text/markdown") return "markdown";
  return "text";
}
