import { neo4jConnection, parseEnv } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import { seedGraph } from "@/lib/seed/run-seed";

/** Seeds the throwaway database that `env` points at with graph-seed/. */
export async function seedDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const connection = neo4jConnection(parseEnv(env));
  const driver = createDriver(connection);
  try {
    await seedGraph({ driver, database: connection.database }, { reset: true });
  } finally {
    await driver.close();
  }
}
