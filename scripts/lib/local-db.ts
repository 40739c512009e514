import path from "node:path";
import type { Env } from "@/lib/config/env";
import { DEFAULT_HOME, startLocalNeo4j, type StartResult } from "@/neo4j/local-neo4j";

export async function startDeveloperNeo4j(env: Env): Promise<StartResult> {
  if (!env.NEO4J_PASSWORD) throw new Error("NEO4J_PASSWORD must be set before starting Neo4j");
  const result = await startLocalNeo4j({
    home: DEFAULT_HOME,
    port: env.NEO4J_BOLT_PORT,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD,
    heapInitial: env.NEO4J_HEAP_INITIAL,
    heapMax: env.NEO4J_HEAP_MAX,
    pageCacheMiB: env.NEO4J_PAGECACHE_MB,
  });
  const where = `${result.uri} (pid ${result.pid}); log: ${path.relative(process.cwd(), result.logFile)}`;
  console.log(
    result.alreadyRunning ? `Neo4j is already running on ${where}` : `Neo4j is up on ${where}`,
  );
  return result;
}
