import { stopThrowawayNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";

export default async function globalTeardown(): Promise<void> {
  const home = process.env.ATLAS_TEST_NEO4J_HOME;
  if (home) await stopThrowawayNeo4j(home);
}
