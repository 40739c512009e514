import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from "@/neo4j/local-neo4j";

export interface ThrowawayNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  port: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** A Neo4j of the test run's own: free port, temporary data folder, dies with this process. */
export async function startThrowawayNeo4j(): Promise<ThrowawayNeo4j> {
  const home = mkdtempSync(path.join(tmpdir(), "atlas-neo4j-"));
  const password = randomBytes(12).toString("hex");
  const port = await freePort();
  await startLocalNeo4j(throwawayOptions(home, port, password));
  return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password, home, port };
}

function throwawayOptions(home: string, port: number, password: string): LocalNeo4jOptions {
  return {
    home,
    port,
    user: "neo4j",
    password,
    heapInitial: "256m",
    heapMax: "768m",
    pageCacheMiB: 64,
    tieToPid: process.pid,
  };
}

/** Stops the database but keeps its data, for outage tests; `resumeThrowawayNeo4j` brings it back. */
export async function pauseThrowawayNeo4j(db: ThrowawayNeo4j): Promise<void> {
  await stopLocalNeo4j(db.home);
}

export async function resumeThrowawayNeo4j(db: ThrowawayNeo4j): Promise<void> {
  await startLocalNeo4j(throwawayOptions(db.home, db.port, db.password));
}

export async function stopThrowawayNeo4j(home: string): Promise<void> {
  await stopLocalNeo4j(home);
  rmSync(home, { recursive: true, force: true });
}

/** The environment that points the app (or a script) at a throwaway Neo4j. */
export function envFor(db: ThrowawayNeo4j): Record<string, string> {
  return {
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: "neo4j",
  };
}
