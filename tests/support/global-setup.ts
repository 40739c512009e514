import { execFileSync } from "node:child_process";
import { envFor, seedNeo4j, startThrowawayNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";

/** One throwaway, seeded Neo4j for the whole jest run; workers inherit its address through process.env. */
export default async function globalSetup(): Promise<void> {
  // For a quick run of pure unit suites while developing (`ATLAS_TEST_NO_NEO4J=1 npx jest tests/unit/x`);
  // `npm test` never sets it, and a suite that needs the database then fails to connect.
  if (process.env.ATLAS_TEST_NO_NEO4J === "1") return;
  // Suites call route handlers in-process, and the whole-graph analyses start their worker thread
  // from its bundle, which `next build` makes beside the app: make it (and the early-graph
  // script) here too, from the same module, so no suite depends on a build having run first.
  execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'await (await import("./scripts/lib/build-bundles.mjs")).buildBundles();',
    ],
    { stdio: "inherit" },
  );
  const db = await startThrowawayNeo4j();
  Object.assign(process.env, envFor(db), { ATLAS_TEST_NEO4J_HOME: db.home });
  await seedNeo4j(db);
}
