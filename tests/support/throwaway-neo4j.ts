import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLocalNeo4j, stopLocalNeo4j } from "@/neo4j/local-neo4j";

export interface ThrowawayNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
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
  const result = await startLocalNeo4j({
    home,
    port: await freePort(),
    user: "neo4j",
    password,
    heapInitial: "256m",
    heapMax: "768m",
    pageCacheMiB: 64,
    tieToPid: process.pid,
  });
  return { uri: result.uri, user: "neo4j", password, home };
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
