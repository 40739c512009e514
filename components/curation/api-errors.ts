import type { ApiFailure } from "@/components/fetch-json";

/**
 * The request field an API error names: `error.field`; a refusal's `details.field` (lib/curation,
 * lib/documents); else the first path in a validation error's details
 * (`[{body: "metadata.title", message}]`, lib/api/errors.ts badRequestFrom).
 */
export function failureField(error: ApiFailure): string | null {
  if (error.field) return error.field;
  const details = error.details as Record<string, unknown> | null | undefined;
  if (details && !Array.isArray(details) && typeof details.field === "string") {
    return details.field;
  }
  if (!Array.isArray(error.details)) return null;
  for (const issue of error.details as unknown[]) {
    if (typeof issue !== "object" || issue === null) continue;
    for (const key of ["field", "body", "parameter"]) {
      const value = (issue as Record<string, unknown>)[key];
      if (typeof value === "string" && value !== "(root)") return value;
    }
  }
  return null;
}

/** A field's errors by the last part of its path ("metadata.title" → "title"). */
export function fieldKey(field: string | null): string | null {
  return field?.split(".").pop() ?? null;
}
