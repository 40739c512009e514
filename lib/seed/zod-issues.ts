import type { z } from "zod";
import { fieldPath, formatIssue } from "@/lib/seed/seed-error";

/** Name of one entry in a seed array file, by id when it has one, else by index. */
export function entryLabel(noun: string, raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id !== "" ? `${noun} "${id}"` : `${noun} [${index}]`;
}

function describe(issue: z.ZodError["issues"][number]): string {
  // Parsed with reportInput, so only a missing value has no input.
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  return issue.message;
}

/** One line per zod issue; for array files the first path segment becomes the entry label. */
export function zodIssueLines(
  file: string,
  error: z.ZodError,
  raw: unknown,
  noun?: string,
): string[] {
  return error.issues.map((issue) => {
    const [first, ...rest] = issue.path;
    if (noun !== undefined && typeof first === "number" && Array.isArray(raw)) {
      const entry = entryLabel(noun, raw[first], first);
      return formatIssue({ file, entry, field: fieldPath(rest) || undefined }, describe(issue));
    }
    return formatIssue({ file, field: fieldPath(issue.path) || undefined }, describe(issue));
  });
}
