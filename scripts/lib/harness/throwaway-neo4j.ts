import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDriver } from "@/lib/db/create-driver";
import type { Db } from "@/lib/db/session";
import { seedGraph } from "@/lib/seed/run-seed";
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from "@/neo4j/local-neo4j";

/** Where a Neo4j of our own answers: a throwaway one here, or a synthetic graph's. */
export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
}

export interface ThrowawayNeo4j extends Neo4jServer {
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

/** A Neo4j of the run's own: free port, temporary data folder, dies with this process. */
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

/** The environment that points the app (or a script) at a Neo4j of our own. */
export function envFor(server: Neo4jServer): Record<string, string> {
  return {
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    NEO4J_DATABASE: "neo4j",
  };
}

/** A connection to a Neo4j of our own; close its driver when done. */
export function openDb(server: Neo4jServer): Db {
  const { uri, user, password } = server;
  const driver = createDriver({ uri, user, password, database: "neo4j", local: false });
  return { driver, database: "neo4j" };
}

/** Replaces the graph in `server` with the seed folder `dir` (graph-seed/ unless given). */
export async function seedNeo4j(server: Neo4jServer, dir?: string): Promise<void> {
  const db = openDb(server);
  try {
    await seedGraph(db, { reset: true, ...(dir ? { dir } : {}) });
  } finally {
    await db.driver.close();
  }
}
