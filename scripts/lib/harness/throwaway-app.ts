import { ensureProductionBuild } from "@/scripts/lib/build";
import { BUILD_CANARIES, E2E_ADMIN, E2E_ANALYST } from "@/scripts/lib/harness/accounts";
import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { writeSyntheticGraph } from "@/scripts/lib/harness/synthetic-graph";
import {
  envFor,
  openDb,
  seedNeo4j,
  type Neo4jServer,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

/** What the throwaway Neo4j holds: a seed folder (graph-seed/ by default) or a synthetic graph. */
export type ThrowawayGraph = { seedDir?: string } | { syntheticActors: number };

export interface ThrowawayAppOptions {
  port: number;
  graph?: ThrowawayGraph;
  /**
   * Build the production app first if it is stale, with the canaries in the build's environment.
   * Off for a spec's second server, which serves the build Playwright's main server made.
   */
  build?: boolean;
  stdio?: "ignore" | "inherit";
}

/** The production build every throwaway app serves (bundle-secrets.spec looks for the canaries). */
export function ensureThrowawayBuild(): void {
  // Suites in parallel jest workers each ask for it: the second waits for the first's build.
  ensureProductionBuild(BUILD_CANARIES, { waitForBuildMs: 15 * 60_000 });
}

/**
 * The production app on a throwaway Neo4j of its own, filled with `graph`, with the known console
 * accounts: what the browser tests, `npm run load` and the benchmarks run against. Stopping it stops
 * both; it is safe to call more than once.
 */
export async function startThrowawayApp(options: ThrowawayAppOptions): Promise<AppServer> {
  if (options.build) ensureThrowawayBuild();
  const neo4j = await startThrowawayNeo4j();
  let app: AppServer | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await app?.stop();
      await stopThrowawayNeo4j(neo4j.home);
    })());
  try {
    await fill(neo4j, options.graph ?? {});
    app = await startAppServer({
      port: options.port,
      env: {
        ...envFor(neo4j),
        ATLAS_ANALYST_PASSWORD: E2E_ANALYST.password,
        ATLAS_ADMIN_PASSWORD: E2E_ADMIN.password,
      },
      stdio: options.stdio,
      timeoutMs: 300_000,
    });
    return { baseUrl: app.baseUrl, exited: app.exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function fill(neo4j: Neo4jServer, graph: ThrowawayGraph): Promise<void> {
  if (!("syntheticActors" in graph)) return seedNeo4j(neo4j, graph.seedDir);
  const db = openDb(neo4j);
  try {
    await writeSyntheticGraph(db, { actors: graph.syntheticActors });
  } finally {
    await db.driver.close();
  }
}
