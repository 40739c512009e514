import { readdir } from "node:fs/promises";
import path from "node:path";
import { buildBundle } from "@/lib/seed/bundle";
import { readDocumentFolder, type DocumentFolder } from "@/lib/seed/read-folder";
import { SeedError, formatIssue } from "@/lib/seed/seed-error";
import type { SeedBundle } from "@/lib/seed/types";

export { SeedError } from "@/lib/seed/seed-error";
export type * from "@/lib/seed/types";

/** Document folders are the visible subfolders of rootDir, read in name order. */
async function documentFolders(rootDir: string): Promise<string[]> {
  try {
    const entries = await readdir(rootDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
      .map((entry) => path.join(rootDir, entry.name))
      .sort();
  } catch (error) {
    throw new SeedError([
      formatIssue({ file: rootDir }, `cannot read seed folder: ${String(error)}`),
    ]);
  }
}

/**
 * Reads and validates every document folder under rootDir; returns only when everything is
 * valid, else throws a SeedError listing every problem found.
 */
export async function loadSeed(rootDir: string): Promise<SeedBundle> {
  const issues: string[] = [];
  const folders: DocumentFolder[] = [];
  for (const dir of await documentFolders(rootDir)) {
    const folder = await readDocumentFolder(dir, issues);
    if (folder) folders.push(folder);
  }
  if (folders.length === 0 && issues.length === 0) {
    issues.push(formatIssue({ file: rootDir }, "no document folders found"));
  }
  // Cross-file checks on half-parsed data would only repeat the schema errors in other words.
  if (issues.length > 0) throw new SeedError(issues);

  const bundle = buildBundle(folders, issues);
  if (issues.length > 0) throw new SeedError(issues);
  return bundle;
}
