import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureProductionBuild } from "@/scripts/lib/build";
import { envFor, startThrowawayNeo4j, stopThrowawayNeo4j } from "@/tests/support/throwaway-neo4j";
import { seedDatabase } from "@/tests/support/seed-test-db";
import { BUILD_CANARIES, E2E_ADMIN, E2E_ANALYST } from "@/tests/support/e2e-accounts";

/**
 * Playwright's web server: a throwaway Neo4j, seeded, behind the production build on E2E_PORT.
 * Everything stops when Playwright sends SIGTERM at the end of the run.
 */
async function main(): Promise<void> {
  const port = process.env.E2E_PORT ?? "3100";
  // Secrets the build can see, which the bundle-secrets spec then looks for in .next/static.
  ensureProductionBuild(BUILD_CANARIES);
  const db = await startThrowawayNeo4j();
  const consoleDir = mkdtempSync(path.join(tmpdir(), "atlas-e2e-console-"));
  const env = {
    ...process.env,
    ...envFor(db),
    PORT: port,
    ATLAS_ANALYST_PASSWORD: E2E_ANALYST.password,
    ATLAS_ADMIN_PASSWORD: E2E_ADMIN.password,
    ATLAS_ADMIN_DATA_DIR: path.join(consoleDir, "data"),
    ATLAS_CREDENTIALS_FILE: path.join(consoleDir, "credentials.json"),
  };
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
