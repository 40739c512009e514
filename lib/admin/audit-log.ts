import { readFile } from "node:fs/promises";
import { appendJsonLine, dataPath, withFileLock } from "@/lib/admin/data-files";

/**
 * Every write-mode request, one JSON line each, append-only, in ATLAS_ADMIN_DATA_DIR/audit.jsonl.
 * Kept outside Neo4j on purpose: the writes it records cannot delete it.
 */
export interface AuditEntry {
  at: string;
  user: string;
  role: string;
  query: string;
  params: Record<string, unknown>;
  queryType: string | null;
  outcome: "ok" | "error" | "refused" | "unconfirmed";
  counters: Record<string, number> | null;
  error: { code: string; message: string } | null;
  timeMs: number | null;
}

const auditFile = () => dataPath("audit.jsonl");

export function appendAudit(entry: AuditEntry): Promise<void> {
  return withFileLock(auditFile(), () => appendJsonLine(auditFile(), entry));
}

/** Newest first. */
export async function readAudit(limit = 200): Promise<AuditEntry[]> {
  let text: string;
  try {
    text = await readFile(auditFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry)
    .reverse()
    .slice(0, limit);
}
