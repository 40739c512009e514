import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "@/lib/config/env";

/**
 * The driver's defaults wait up to 60 s for a connection and retry for 30 s, so a dead database
 * would hang every request; these limits make an outage visible within a few seconds.
 */
export const DRIVER_LIMITS = {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 3_000,
  connectionTimeout: 2_000,
  maxTransactionRetryTime: 2_000,
} as const;

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    ...DRIVER_LIMITS,
    userAgent: "influence-atlas",
  });
}
