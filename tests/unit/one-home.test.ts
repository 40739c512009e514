import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// "One concept, one home" (docs/architecture.md): an exported name is defined in one file of
// lib/ and components/, so a reader who finds it has found the only one.
const ROOTS = ["lib", "components"];
const EXPORT =
  /^export\s+(?:default\s+)?(?:async\s+)?(?:const|let|function\*?|class|interface|type|enum|abstract class)\s+([A-Za-z_$][\w$]*)/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function exportedNames(files: string[]): Map<string, string[]> {
  const homes = new Map<string, string[]>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(EXPORT)) {
      const name = match[1]!;
      homes.set(name, [...(homes.get(name) ?? []), file]);
    }
  }
  return homes;
}

describe("one concept, one home", () => {
  it("defines every exported name of lib/ and components/ in one file", () => {
    const files = ROOTS.flatMap((root) => sourceFiles(path.join(process.cwd(), root)));
    expect(files.length).toBeGreaterThan(100);
    const twice = [...exportedNames(files)]
      .filter(([, homes]) => homes.length > 1)
      .map(
        ([name, homes]) =>
          `${name}: ${homes.map((h) => path.relative(process.cwd(), h)).join(", ")}`,
      );
    expect(twice).toEqual([]);
  });
});
