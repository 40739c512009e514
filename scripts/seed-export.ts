import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportDocumentFolder } from "@/lib/seed/export-folder";
import { SEED_FILES } from "@/lib/seed/read-folder";
import { loadEnv } from "@/scripts/lib/load-env";
import { openScriptDb } from "@/scripts/lib/script-db";

const USAGE =
  "npm run seed:export -- --document ID [--out DIR]   (DIR defaults to graph-seed-export)";

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * Writes one document's curated state as a graph-seed/ folder, DIR/ID/: importing it with
 * `npm run seed -- --dir DIR` gives the same graph (tests/integration/seed-round-trip.test.ts).
 */
async function main(args: string[]): Promise<void> {
  const documentId = flag(args, "--document");
  if (!documentId) throw new Error(`--document is required.\n${USAGE}`);
  const out = path.resolve(flag(args, "--out") ?? "graph-seed-export", documentId);
  const db = openScriptDb(loadEnv());
  try {
    const files = await exportDocumentFolder(db, documentId);
    await mkdir(out, { recursive: true });
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    await writeFile(path.join(out, SEED_FILES.document), json(files.document));
    await writeFile(path.join(out, SEED_FILES.text), files.text);
    await writeFile(path.join(out, SEED_FILES.actors), json(files.actors));
    await writeFile(path.join(out, SEED_FILES.relationships), json(files.relationships));
    await writeFile(path.join(out, SEED_FILES.memberships), json(files.memberships));
    if (files.decisions.length > 0) {
      await writeFile(path.join(out, SEED_FILES.decisions), json(files.decisions));
    }
    console.log(
      `Wrote ${path.relative(process.cwd(), out)}/: ${files.actors.length} actors, ${files.relationships.length} relationships, ${files.memberships.length} memberships, ${files.decisions.length} decisions.`,
    );
  } finally {
    await db.driver.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
