import { ExtractionError, type ExtractionField } from "@/lib/documents/errors";
import { decodeText } from "@/lib/documents/extract/decode";
import { extractDocx } from "@/lib/documents/extract/docx";
import { extractHtml } from "@/lib/documents/extract/html";
import { detectLanguage } from "@/lib/documents/extract/language";
import { documentLimits, type DocumentLimits } from "@/lib/documents/extract/limits";
import { normaliseText } from "@/lib/documents/extract/normalise";
import { extractPdf } from "@/lib/documents/extract/pdf";
import { checkExtension, sniffBinary, textFormat } from "@/lib/documents/extract/sniff";
import {
  EMPTY_METADATA,
  type DocumentFormat,
  type Extracted,
  type ExtractInput,
  type RawExtraction,
} from "@/lib/documents/extract/types";

interface Source {
  bytes: Uint8Array;
  /** How errors name it: the file name or the URL. */
  name: string;
  field: ExtractionField;
  declaredType: string | null;
  url: string | null;
}

async function readBytes(
  source: Source,
  limits: DocumentLimits,
): Promise<{ format: DocumentFormat; raw: RawExtraction }> {
  const { bytes, name, field } = source;
  if (bytes.length > limits.maxBytes) {
    throw new ExtractionError(
      "too_large",
      field,
      `${name} is ${bytes.length} bytes, more than the limit of ${limits.maxBytes} (ATLAS_DOCUMENT_MAX_BYTES).`,
      { file: name, bytes: bytes.length, maxBytes: limits.maxBytes },
    );
  }
  if (bytes.length === 0) {
    throw new ExtractionError("empty_text", field, `${name} is empty.`, { file: name });
  }
  const kind = sniffBinary(bytes, name, field);
  if (kind === "pdf") return { format: "pdf", raw: await extractPdf(bytes, name, field) };
  if (kind === "docx") return { format: "docx", raw: await extractDocx(bytes, name, field) };
  const text = decodeText(bytes, name, field);
  const format = textFormat(text, name, source.declaredType);
  if (format === "html") return { format, raw: extractHtml(text, source.url) };
  return { format, raw: { text, metadata: {} } };
}

function sourceOf(input: Exclude<ExtractInput, { kind: "paste" }>): Source {
  if (input.kind === "upload") {
    checkExtension(input.filename);
    return {
      bytes: input.bytes,
      name: input.filename,
      field: "file",
      declaredType: input.declaredType,
      url: null,
    };
  }
  return {
    bytes: input.bytes,
    name: input.url,
    field: "url",
    declaredType: input.contentType,
    url: input.url,
  };
}

/**
 * Pasted text, an uploaded file or a fetched page → normalised text with paragraph breaks, what
 * the document says of itself, and a report of what normalisation changed. Stores nothing.
 */
export async function extractDocument(
  input: ExtractInput,
  limits: DocumentLimits = documentLimits(),
): Promise<Extracted> {
  let format: DocumentFormat;
  let raw: RawExtraction;
  let name: string;
  let field: ExtractionField;
  if (input.kind === "paste") {
    ({ name, field, format } = { name: "The pasted text", field: "text", format: "text" });
    if (input.text.length > limits.maxCharacters) {
      throw new ExtractionError(
        "text_too_long",
        field,
        `${name} is ${input.text.length} characters, more than the limit of ${limits.maxCharacters} (ATLAS_DOCUMENT_MAX_CHARS).`,
        { characters: input.text.length, maxCharacters: limits.maxCharacters },
      );
    }
    raw = { text: input.text, metadata: {} };
  } else {
    const source = sourceOf(input);
    ({ name, field } = source);
    ({ format, raw } = await readBytes(source, limits));
  }

  const { text, report } = normaliseText(raw.text);
  if (!text) {
    throw new ExtractionError("empty_text", field, `${name} holds no text.`, { file: name });
  }
  if (text.length > limits.maxCharacters) {
    throw new ExtractionError(
      "text_too_long",
      field,
      `${name} holds ${text.length} characters of text, more than the limit of ${limits.maxCharacters} (ATLAS_DOCUMENT_MAX_CHARS).`,
      { file: name, characters: text.length, maxCharacters: limits.maxCharacters },
    );
  }
  const metadata = { ...EMPTY_METADATA, ...raw.metadata };
  return {
    text,
    format,
    metadata: {
      ...metadata,
      url: metadata.url ?? (input.kind === "fetched" ? input.url : null),
      // What the text reads as beats what a template declared; the declaration is the fallback.
      language: detectLanguage(text) ?? metadata.language,
    },
    report,
  };
}
