import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { neo4jConnection, parseEnv } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import { seedGraph } from "@/lib/seed/run-seed";
import { E2E_ADMIN, E2E_ANALYST } from "@/tests/support/e2e-accounts";
import { envFor, startThrowawayNeo4j, stopThrowawayNeo4j } from "@/tests/support/throwaway-neo4j";

/**
 * A second production server for a browser spec that needs an app of its own (a dead database, a
 * different graph), on E2E_DOWN_PORT beside Playwright's main one. It serves the same build.
 */
export const SECOND_PORT = Number(process.env.E2E_DOWN_PORT ?? 3101);

export interface SecondServer {
  url: string;
  stop(): Promise<void>;
}

const NEXT_BIN = createRequire(path.join(process.cwd(), "package.json")).resolve(
  "next/dist/bin/next",
);

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `next start` on SECOND_PORT with `env` over this process's environment. */
export async function startSecondServer(env: Record<string, string>): Promise<SecondServer> {
  // The previous spec's second server must be gone before this one takes the port.
  await waitFor(async () => !(await portAnswers(SECOND_PORT)), 30_000, `port ${SECOND_PORT}`);
  // next's own binary, not npx: a signal then reaches the server itself.
  const server: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-p", String(SECOND_PORT)],
    { env: { ...process.env, ...env }, stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${SECOND_PORT}`;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  await waitFor(
    async () => {
      if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode})`);
      return fetch(`${url}/api/health`).then(
        () => true,
        () => false,
      );
    },
    60_000,
    "the second server",
  );
  return {
    url,
    stop: async () => {
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * A second server on a throwaway Neo4j seeded from `seedDir` (a folder laid out like graph-seed/),
 * with the e2e console accounts: for specs whose graph must not touch the shared one.
 */
export async function startSeededServer(seedDir: string): Promise<SecondServer> {
  const db = await startThrowawayNeo4j();
  const consoleDir = mkdtempSync(path.join(tmpdir(), "atlas-e2e-second-"));
  try {
    const env = {
      ...envFor(db),
      ATLAS_ANALYST_PASSWORD: E2E_ANALYST.password,
      ATLAS_ADMIN_PASSWORD: E2E_ADMIN.password,
      ATLAS_ADMIN_DATA_DIR: path.join(consoleDir, "data"),
      ATLAS_CREDENTIALS_FILE: path.join(consoleDir, "credentials.json"),
    };
    const connection = neo4jConnection(parseEnv(env));
    const driver = createDriver(connection);
    try {
      await seedGraph({ driver, database: connection.database }, { reset: true, dir: seedDir });
    } finally {
      await driver.close();
    }
    const server = await startSecondServer(env);
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await stopThrowawayNeo4j(db.home);
        rmSync(consoleDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopThrowawayNeo4j(db.home);
    throw error;
  }
}
