import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ZodError } from "zod";
import { dumpGraph, graphChecksum, loadGraph } from "@/lib/backup/graph-dump";
import { countGraph } from "@/lib/seed/write";
import { loadEnv } from "@/scripts/lib/load-env";
import { openScriptDb } from "@/scripts/lib/script-db";

/** `npm run db:dump [-- file]` writes the whole graph to a JSON file; `npm run db:load -- file` brings it back. */
async function main([command, file]: string[]): Promise<void> {
  const db = openScriptDb(loadEnv());
  try {
    if (command === "dump") {
      const target =
        file ??
        path.join("neo4j", "dumps", `graph-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
      mkdirSync(path.dirname(target), { recursive: true });
      const dump = await dumpGraph(db);
      writeFileSync(target, JSON.stringify(dump));
      console.log(
        `Wrote ${dump.nodes.length} nodes and ${dump.relationships.length} relationships to ${target} (checksum ${dump.checksum.slice(0, 12)}).`,
      );
    } else if (command === "load") {
      if (!file) throw new Error("usage: npm run db:load -- <dump file>");
      const dump = JSON.parse(readFileSync(file, "utf8")) as { checksum?: string };
      await loadGraph(db, dump);
      const checksum = await graphChecksum(db);
      console.log(
        `Loaded ${file}: ${JSON.stringify(await countGraph(db))}; checksum ${checksum === dump.checksum ? "matches" : "DIFFERS"}.`,
      );
      if (checksum !== dump.checksum) process.exitCode = 1;
    } else {
      throw new Error("usage: tsx scripts/db-dump.ts dump [file] | load <file>");
    }
  } finally {
    await db.driver.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ZodError) {
    console.error(
      `Not a graph dump; nothing was changed: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
