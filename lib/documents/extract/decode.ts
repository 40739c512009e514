import { ExtractionError, type ExtractionField } from "@/lib/documents/errors";

// More control characters than this share of the text means binary data that happens to decode.
const MAX_CONTROL_SHARE = 0.01;

/** Strict UTF-8 (or UTF-16 with its byte-order mark); anything else is refused as binary. */
export function decodeText(bytes: Uint8Array, name: string, field: ExtractionField): string {
  const refuse = (why: string) =>
    new ExtractionError(
      "binary_text",
      field,
      `${name} is not readable text (${why}); save it as UTF-8 text, HTML, PDF or .docx.`,
      { file: name },
    );
  let encoding = "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  let text: string;
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw refuse("it is not valid UTF-8");
  }
  if (text.includes("\u0000")) throw refuse("it contains NUL bytes");
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 8 && controls > text.length * MAX_CONTROL_SHARE) {
    throw refuse("it is mostly control characters");
  }
  return text;
}
