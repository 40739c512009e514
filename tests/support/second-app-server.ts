import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { startThrowawayApp } from "@/scripts/lib/harness/throwaway-app";

/**
 * A second production server for a browser spec that needs an app of its own (a dead database, a
 * different graph), on E2E_DOWN_PORT beside Playwright's main one. It serves the same build.
 */
export const SECOND_PORT = Number(process.env.E2E_DOWN_PORT ?? 3101);

/** `next start` on SECOND_PORT with `env` over this process's environment; up once it answers. */
export function startSecondServer(env: Record<string, string>): Promise<AppServer> {
  return startAppServer({ port: SECOND_PORT, env, ready: "answering" });
}

/**
 * A second server on a throwaway Neo4j seeded from `seedDir` (a folder laid out like graph-seed/),
 * with the e2e console accounts: for specs whose graph must not touch the shared one.
 */
export function startSeededServer(seedDir: string): Promise<AppServer> {
  return startThrowawayApp({ port: SECOND_PORT, graph: { seedDir } });
}
