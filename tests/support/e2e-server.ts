import { spawn } from "node:child_process";
import { ensureProductionBuild } from "@/scripts/lib/build";
import { envFor, startThrowawayNeo4j, stopThrowawayNeo4j } from "@/tests/support/throwaway-neo4j";
import { seedDatabase } from "@/tests/support/seed-test-db";

/**
 * Playwright's web server: a throwaway Neo4j, seeded, behind the production build on E2E_PORT.
 * Everything stops when Playwright sends SIGTERM at the end of the run.
 */
async function main(): Promise<void> {
  const port = process.env.E2E_PORT ?? "3100";
  ensureProductionBuild();
  const db = await startThrowawayNeo4j();
  const env = { ...process.env, ...envFor(db), PORT: port };
  await seedDatabase(env);
  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
  const shutdown = async () => {
    server.kill("SIGTERM");
    await stopThrowawayNeo4j(db.home);
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  server.on("exit", async (code) => {
    await stopThrowawayNeo4j(db.home);
    process.exit(code ?? 1);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
