import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureProductionBuild } from "@/scripts/lib/build";
import { BUILD_CANARIES } from "@/tests/support/e2e-accounts";
import { untilHealthy } from "@/tests/support/until-healthy";

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The production app on its own seeded, throwaway Neo4j — the same server the browser tests use
 * (tests/support/e2e-server.ts), so benchmarks measure what users get.
 */
export async function startThrowawayApp(port: number): Promise<RunningApp> {
  const server: ChildProcess = spawn("npx", ["tsx", "tests/support/e2e-server.ts"], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await untilHealthy(server, baseUrl, 600_000);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}

/**
 * The production app (`next start`, built first if stale, with the browser tests' build
 * environment) on the database `env` names. It runs in a process group of its own, so stopping it
 * stops next-server too.
 */
export async function startAppOn(port: number, env: Record<string, string>): Promise<RunningApp> {
  ensureProductionBuild(BUILD_CANARIES);
  // The admin console's generated accounts and data go to a temporary folder, not the checkout.
  const consoleDir = mkdtempSync(path.join(tmpdir(), "atlas-bench-console-"));
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      ATLAS_ADMIN_DATA_DIR: path.join(consoleDir, "data"),
      ATLAS_CREDENTIALS_FILE: path.join(consoleDir, "credentials.json"),
      ...env,
      PORT: String(port),
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.pid === undefined) return resolve();
      server.once("exit", () => resolve());
      process.kill(-server.pid, "SIGTERM");
    });
  try {
    await untilHealthy(server, baseUrl, 600_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
