import { ApiError } from "@/lib/api/errors";

// One status per code, so a route's errorResponse maps every refusal without knowing extraction:
// 415 for a type we do not read, 413 for size, 400 for a request we refuse outright, 422 for
// content we understood to be unusable.
const STATUS = {
  unsupported_type: 415,
  too_large: 413,
  text_too_long: 413,
  empty_text: 422,
  binary_text: 422,
  unreadable_pdf: 422,
  unreadable_docx: 422,
  url_invalid: 400,
  url_not_allowed: 400,
  url_fetch_failed: 422,
  url_timeout: 422,
  url_too_large: 422,
  url_content_type: 422,
} as const;

export type ExtractionErrorCode = keyof typeof STATUS;

/** Which part of the request the error is about: the uploaded file, pasted text or the URL. */
export type ExtractionField = "file" | "text" | "url";

export class ExtractionError extends ApiError {
  constructor(
    code: ExtractionErrorCode,
    readonly field: ExtractionField,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(STATUS[code], code, message, { field, ...extra });
  }
}
