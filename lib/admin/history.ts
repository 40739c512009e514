import { z } from "zod";
import { dataPath, readJsonFile, withFileLock, writeJsonFile } from "@/lib/admin/data-files";

const HISTORY_LIMIT = 100;

export const historyEntrySchema = z.object({
  query: z.string(),
  params: z.record(z.string(), z.unknown()),
  mode: z.enum(["read", "write"]),
  at: z.string(),
  outcome: z.enum(["ok", "error", "refused"]),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const historyFile = (username: string) => dataPath("history", `${username}.json`);

export async function readHistory(username: string): Promise<HistoryEntry[]> {
  return readJsonFile<HistoryEntry[]>(historyFile(username), []);
}

/** Newest first; running the same query again moves it to the top instead of repeating it. */
export function addToHistory(username: string, entry: HistoryEntry): Promise<void> {
  const file = historyFile(username);
  return withFileLock(file, async () => {
    const history = await readJsonFile<HistoryEntry[]>(file, []);
    const rest = history.filter((h) => h.query !== entry.query);
    await writeJsonFile(file, [entry, ...rest].slice(0, HISTORY_LIMIT));
  });
}
