import type { Db } from "@/lib/db/session";
import {
  openDb,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
  type ThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

export interface OwnNeo4j {
  instance: ThrowawayNeo4j;
  db: Db;
  close(): Promise<void>;
}

/** A Neo4j of one suite's own, for suites that reset or replace the whole graph. */
export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const instance = await startThrowawayNeo4j();
  const db = openDb(instance);
  return {
    instance,
    db,
    close: async () => {
      await db.driver.close();
      await stopThrowawayNeo4j(instance.home);
    },
  };
}
