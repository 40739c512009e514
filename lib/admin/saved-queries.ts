import { randomUUID } from "node:crypto";
import { z } from "zod";
import { NotFound } from "@/lib/api/errors";
import { cypherParamsSchema } from "@/lib/cypher/param-schema";
import { dataPath, readJsonFile, withFileLock, writeJsonFile } from "@/lib/admin/data-files";

export const savedQueryInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  query: z.string().min(1).max(100_000),
  params: cypherParamsSchema.default({}),
});

export const savedQuerySchema = savedQueryInputSchema.extend({
  id: z.string(),
  savedAt: z.string(),
});
export type SavedQuery = z.infer<typeof savedQuerySchema>;

const savedFile = (username: string) => dataPath("saved", `${username}.json`);

export function listSavedQueries(username: string): Promise<SavedQuery[]> {
  return readJsonFile<SavedQuery[]>(savedFile(username), []);
}

/** Saving under an existing name replaces that query. */
export function saveQuery(
  username: string,
  input: z.infer<typeof savedQueryInputSchema>,
): Promise<SavedQuery> {
  const file = savedFile(username);
  return withFileLock(file, async () => {
    const saved = await readJsonFile<SavedQuery[]>(file, []);
    const entry: SavedQuery = { ...input, id: randomUUID(), savedAt: new Date().toISOString() };
    const rest = saved.filter((s) => s.name !== input.name);
    await writeJsonFile(
      file,
      [...rest, entry].sort((a, b) => a.name.localeCompare(b.name)),
    );
    return entry;
  });
}

export function deleteSavedQuery(username: string, id: string): Promise<void> {
  const file = savedFile(username);
  return withFileLock(file, async () => {
    const saved = await readJsonFile<SavedQuery[]>(file, []);
    if (!saved.some((s) => s.id === id)) throw new NotFound(`No saved query ${id}`);
    await writeJsonFile(
      file,
      saved.filter((s) => s.id !== id),
    );
  });
}
