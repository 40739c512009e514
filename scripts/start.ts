import { LocalNeo4jError } from "@/neo4j/local-neo4j";
import { BuildRefused, ensureProductionBuild } from "@/scripts/lib/build";
import { startAppServer } from "@/scripts/lib/harness/app-server";
import { ensureLocalPassword, loadEnv } from "@/scripts/lib/load-env";
import { startDeveloperNeo4j } from "@/scripts/lib/local-db";
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
    console: "own",
    ready: "answering",
    stdio: "inherit",
    timeoutMs: 600_000,
  });
  console.log(
    `Influence Atlas: http://localhost:${env.PORT}  (Ctrl-C stops the app; npm run db:stop stops Neo4j)`,
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void app.stop());
  process.exit((await app.exited) ?? 0);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof LocalNeo4jError || error instanceof BuildRefused ? error.message : error,
  );
  process.exit(1);
});
