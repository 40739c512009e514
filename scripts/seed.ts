import { loadSeed } from "@/lib/seed/load";
import { SeedError } from "@/lib/seed/seed-error";
import { SEED_DIR, seedGraph } from "@/lib/seed/run-seed";
import { loadEnv } from "@/scripts/lib/load-env";
import { openScriptDb } from "@/scripts/lib/script-db";
import { printSeedReport } from "@/scripts/lib/print-seed-report";

/** `npm run seed [-- --reset] [-- --check] [-- --dir path]` */
async function main(args: string[]): Promise<void> {
  const dirFlag = args.indexOf("--dir");
  const dir = dirFlag >= 0 ? args[dirFlag + 1] : SEED_DIR;
  if (!dir) throw new Error("--dir needs a folder");
  if (args.includes("--check")) {
    const bundle = await loadSeed(dir);
    console.log(
      `Seed files are valid: ${bundle.documents.length} documents, ${bundle.actors.length} actors, ${bundle.relationships.length} relationships, ${bundle.memberships.length} memberships, ${bundle.passages.length} passages.`,
    );
    return;
  }
  const db = openScriptDb(loadEnv());
  try {
    printSeedReport(await seedGraph(db, { reset: args.includes("--reset"), dir }));
  } finally {
    await db.driver.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof SeedError) {
    console.error(`Seed rejected; the database was not changed.\n${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
