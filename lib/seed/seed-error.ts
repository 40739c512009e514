import path from "node:path";

/** Every problem found in the seed, one line each: `file: entry: field: message`. */
export class SeedError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("\n"));
    this.name = "SeedError";
  }
}

export type IssueAt = {
  file: string;
  /** e.g. `rel "iran-backs-pmu"` or `actor [3]` */
  entry?: string;
  /** e.g. `citations[1].quote` */
  field?: string;
};

export function formatIssue(at: IssueAt, message: string): string {
  const parts = [path.relative(process.cwd(), at.file), at.entry, at.field].filter(Boolean);
  return `${parts.join(": ")}: ${message}`;
}

export function fieldPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map((segment, i) =>
      typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}
