import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseEnv } from "@/lib/config/env";

/** The console's own records (history, saved queries, audit log) live in ATLAS_ADMIN_DATA_DIR. */
export function dataPath(...parts: string[]): string {
  // A runtime folder, not part of the build: keep Turbopack from tracing the whole project.
  return path.resolve(
    /* turbopackIgnore: true */ process.cwd(),
    parseEnv().ATLAS_ADMIN_DATA_DIR,
    ...parts,
  );
}

const locks = globalThis as typeof globalThis & {
  __atlasFileLocks?: Map<string, Promise<unknown>>;
};

/** Read-modify-write of one file at a time, so two quick requests cannot lose an update. */
export function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  locks.__atlasFileLocks ??= new Map();
  const previous = locks.__atlasFileLocks.get(file) ?? Promise.resolve();
  const next = previous.then(work, work);
  locks.__atlasFileLocks.set(
    file,
    next.catch(() => undefined),
  );
  return next;
}

export async function readJsonFile<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return fallback;
    throw error;
  }
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Write-then-rename: a crash never leaves half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

export async function appendJsonLine(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await appendFile(file, `${JSON.stringify(value)}\n`, { mode: 0o600 });
}
