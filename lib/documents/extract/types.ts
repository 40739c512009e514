import { z } from "zod";

export const documentFormatSchema = z.enum(["text", "markdown", "html", "pdf", "docx"]);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

export const documentMetadataSchema = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  /** An ISO date or its prefix ("2020", "2020-02", "2020-02-01"). */
  published: z.string().nullable(),
  url: z.string().nullable(),
  /** An ISO 639-1 code such as "en". */
  language: z.string().nullable(),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

/** What normaliseText changed, counted truthfully: the curator sees it before saving. */
export const normalisationReportSchema = z.object({
  linesJoined: z.number().int().min(0),
  hyphenationsRemoved: z.number().int().min(0),
  whitespaceCollapsed: z.number().int().min(0),
  controlCharactersRemoved: z.number().int().min(0),
  paragraphs: z.number().int().min(0),
  /** UTF-16 code units, the unit of every offset into the text. */
  characters: z.number().int().min(0),
});
export type NormalisationReport = z.infer<typeof normalisationReportSchema>;

export const extractedSchema = z.object({
  text: z.string(),
  format: documentFormatSchema,
  metadata: documentMetadataSchema,
  report: normalisationReportSchema,
});
export type Extracted = z.infer<typeof extractedSchema>;

export type ExtractInput =
  | { kind: "paste"; text: string }
  | { kind: "upload"; bytes: Uint8Array; filename: string; declaredType: string | null }
  | { kind: "fetched"; bytes: Uint8Array; contentType: string | null; url: string };

/** What one format's reader hands back before normalisation: raw text and what it found. */
export interface RawExtraction {
  text: string;
  metadata: Partial<DocumentMetadata>;
}

export const EMPTY_METADATA: DocumentMetadata = {
  title: null,
  author: null,
  publisher: null,
  published: null,
  url: null,
  language: null,
};
