import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDriver } from "@/lib/db/create-driver";
import { writeSyntheticGraph } from "@/tests/support/synthetic-graph";
import { untilHealthy } from "@/tests/support/until-healthy";
import {
  envFor,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
  type ThrowawayNeo4j,
} from "@/tests/support/throwaway-neo4j";

export interface SyntheticApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The production build (already built) serving a synthetic graph of `actors` actors from a
 * throwaway Neo4j of its own, on `port`: for the large-graph browser test and benchmark.
 */
export async function startSyntheticApp(port: number, actors: number): Promise<SyntheticApp> {
  const db: ThrowawayNeo4j = await startThrowawayNeo4j();
  const consoleDir = mkdtempSync(path.join(tmpdir(), "atlas-synthetic-console-"));
  let server: ChildProcess | null = null;
  const stop = async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      // npx starts next, which starts the server: signal the whole process group.
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    await stopThrowawayNeo4j(db.home);
    rmSync(consoleDir, { recursive: true, force: true });
  };
  try {
    const driver = createDriver({ ...db, database: "neo4j", local: false });
    try {
      await writeSyntheticGraph({ driver, database: "neo4j" }, { actors });
    } finally {
      await driver.close();
    }
    server = spawn("npx", ["next", "start", "-p", String(port)], {
      env: {
        ...process.env,
        ...envFor(db),
        PORT: String(port),
        ATLAS_ADMIN_DATA_DIR: path.join(consoleDir, "data"),
        ATLAS_CREDENTIALS_FILE: path.join(consoleDir, "credentials.json"),
      },
      stdio: "ignore",
      detached: true,
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await untilHealthy(server, baseUrl, 60_000);
    return { baseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
