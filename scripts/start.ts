import { LocalNeo4jError } from "@/neo4j/local-neo4j";
import { BuildRefused, ensureProductionBuild } from "@/scripts/lib/build";
import { startAppServer } from "@/scripts/lib/harness/app-server";
import { hasAdmin } from "@/lib/auth/setup-invitation";
import { ensureLocalPassword, loadEnv } from "@/scripts/lib/load-env";
import { startDeveloperNeo4j } from "@/scripts/lib/local-db";
import { openScriptDb } from "@/scripts/lib/script-db";
import { seedIfEmpty } from "@/scripts/lib/seed-if-empty";

/** `npm start` (production) and `npm run dev`: database, seed, build, serve. */
async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  let env = loadEnv();
  if (env.NEO4J_URI) {
    console.log(`Using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI); starting no local database.`);
  } else {
    env = ensureLocalPassword(env);
    await startDeveloperNeo4j(env);
  }
  await seedIfEmpty(env);
  if (!dev) ensureProductionBuild();

  // The app starts even when the database is unreachable (its pages say so): up once it answers.
  const app = await startAppServer({
    port: env.PORT,
    dev,
    ready: "answering",
    stdio: "inherit",
    timeoutMs: 600_000,
  });
  console.log(
    `Influence Atlas: http://localhost:${env.PORT}  (Ctrl-C stops the app; npm run db:stop stops Neo4j)`,
  );
  await remindOfSetupLink(env);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void app.stop());
  process.exit((await app.exited) ?? 0);
}

/**
 * The app printed the first start's setup link above, among the server's own lines: on a fresh
 * machine (no admin yet) say so again last, where a first-time user looks.
 */
async function remindOfSetupLink(env: ReturnType<typeof loadEnv>): Promise<void> {
  if (env.ATLAS_ADMIN_PASSWORD) return;
  const db = openScriptDb(env);
  try {
    if (await hasAdmin(db)) return;
    console.log(
      "No admin account yet: open the setup link printed above (“Open http://…/invite/… to create the first admin account”),\nor run `npm run users:setup-link` in another terminal for a fresh one.",
    );
  } catch {
    // The database is not answering: the app's pages say so.
  } finally {
    await db.driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof LocalNeo4jError || error instanceof BuildRefused ? error.message : error,
  );
  process.exit(1);
});
