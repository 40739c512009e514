import "server-only";
import type { Driver } from "neo4j-driver";
import { neo4jConnection, parseEnv, type Neo4jConnection } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import type { Db } from "@/lib/db/session";

interface DriverCache {
  driver: Driver;
  connection: Neo4jConnection;
}

// Kept on globalThis so that `next dev` module reloads reuse one pool per process.
const cache = globalThis as typeof globalThis & { __atlasNeo4j?: DriverCache };

export function getConnection(): Neo4jConnection {
  return cache.__atlasNeo4j?.connection ?? neo4jConnection(parseEnv());
}

/** The app's database: the process-wide driver and the configured database name. */
export function getDb(): Db {
  return { driver: getDriver(), database: getConnection().database };
}

export function getDriver(): Driver {
  if (!cache.__atlasNeo4j) {
    const connection = neo4jConnection(parseEnv());
    cache.__atlasNeo4j = { driver: createDriver(connection), connection };
  }
  return cache.__atlasNeo4j.driver;
}
