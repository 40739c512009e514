import type { Env } from "@/lib/config/env";
import { describeDbError } from "@/lib/db/health";
import { graphIsEmpty, seedGraph } from "@/lib/seed/run-seed";
import { printSeedReport } from "@/scripts/lib/print-seed-report";
import { openScriptDb } from "@/scripts/lib/script-db";
import { ensureSchema } from "@/lib/graph/schema";

/** `npm start` seeds an empty graph; a graph that has data is left alone. */
export async function seedIfEmpty(env: Env): Promise<void> {
  const db = openScriptDb(env);
  try {
    if (!(await graphIsEmpty(db))) {
      // Indexes added since the graph was seeded reach it here (every statement is idempotent).
      await ensureSchema(db);
      console.log(
        "The graph already has data: not seeding (npm run seed -- --reset to reload it).",
      );
      return;
    }
    printSeedReport(await seedGraph(db, { reset: false }));
  } catch (error) {
    // The app still starts against an unreachable database; its pages say so.
    console.warn(`Could not check or seed the graph: ${describeDbError(error)}`);
  } finally {
    await db.driver.close();
  }
}
