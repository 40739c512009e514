import { neo4jConnection, parseEnv } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import type { Db } from "@/lib/db/session";

/** The throwaway Neo4j that global setup started, for one test file. Close it in afterAll. */
export function openTestDb(): Db {
  const connection = neo4jConnection(parseEnv());
  return { driver: createDriver(connection), database: connection.database };
}
