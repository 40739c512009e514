import { signInOverHttp, type BenchClient } from "@/scripts/lib/bench-client";
import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import {
  envFor,
  freePort,
  seedNeo4j,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

/** The account the curation benches act as on their throwaway app. */
export const BENCH_ADMIN = { username: "admin", password: "bench-admin-password" };

export interface SeededBenchApp {
  server: AppServer;
  /** Signed in as BENCH_ADMIN. */
  client: BenchClient;
  stop(): Promise<void>;
}

/**
 * What the curation benches measure against: the production build on a throwaway Neo4j holding
 * the seeded graph, and a client signed in as its admin. `stop()` takes both down.
 */
export async function startSeededBenchApp(): Promise<SeededBenchApp> {
  ensureThrowawayBuild();
  const neo4j = await startThrowawayNeo4j();
  await seedNeo4j(neo4j);
  const server = await startAppServer({
    port: await freePort(),
    env: { ...envFor(neo4j), ATLAS_ADMIN_PASSWORD: BENCH_ADMIN.password },
  });
  const stop = async () => {
    await server.stop();
    await stopThrowawayNeo4j(neo4j.home);
  };
  try {
    return { server, client: await signInOverHttp(server.baseUrl, BENCH_ADMIN), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
