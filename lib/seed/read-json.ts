import { readFile } from "node:fs/promises";
import { formatIssue } from "@/lib/seed/seed-error";

export type Read<T> = { ok: true; value: T } | { ok: false; issue: string };

export async function readText(file: string): Promise<Read<string>> {
  try {
    return { ok: true, value: await readFile(file, "utf8") };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { ok: false, issue: formatIssue({ file }, missing ? "file not found" : String(error)) };
  }
}

export async function readJson(file: string): Promise<Read<unknown>> {
  const text = await readText(file);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch (error) {
    return { ok: false, issue: formatIssue({ file }, describeSyntaxError(text.value, error)) };
  }
}

// V8 reports a character offset ("... in JSON at position 42"); people need a line and column.
function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(.*?) in JSON at position (\d+)/s.exec(message);
  if (!match) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(match[2]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `invalid JSON at line ${line}, column ${column}: ${match[1]}`;
}
