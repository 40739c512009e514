import { neo4jConnection, type Env } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import type { Db } from "@/lib/db/session";

/** A command-line script's own connection; close its driver when done. */
export function openScriptDb(env: Env): Db {
  const connection = neo4jConnection(env);
  return { driver: createDriver(connection), database: connection.database };
}
