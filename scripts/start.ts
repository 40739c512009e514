import { spawn } from "node:child_process";
import { LocalNeo4jError } from "@/neo4j/local-neo4j";
import { ensureProductionBuild } from "@/scripts/lib/build";
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

  const args = dev
    ? ["next", "dev", "-p", String(env.PORT)]
    : ["next", "start", "-p", String(env.PORT)];
  const server = spawn("npx", args, { stdio: "inherit" });
  console.log(
    `Influence Atlas: http://localhost:${env.PORT}  (Ctrl-C stops the app; npm run db:stop stops Neo4j)`,
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exit(1);
});
