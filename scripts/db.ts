import path from "node:path";
import {
  DEFAULT_HOME,
  LocalNeo4jError,
  launcherLog,
  localNeo4jStatus,
  stopLocalNeo4j,
} from "@/neo4j/local-neo4j";
import { ensureLocalPassword, loadEnv } from "@/scripts/lib/load-env";
import { startDeveloperNeo4j } from "@/scripts/lib/local-db";

async function main(command: string | undefined): Promise<number> {
  const env = loadEnv();
  const log = path.relative(process.cwd(), launcherLog(DEFAULT_HOME));
  switch (command) {
    case "start":
      if (env.NEO4J_URI) {
        console.log(
          `NEO4J_URI is set (${env.NEO4J_URI}): the app uses that server, nothing to start.`,
        );
        return 0;
      }
      await startDeveloperNeo4j(ensureLocalPassword(env));
      return 0;
    case "stop":
      console.log(
        (await stopLocalNeo4j(DEFAULT_HOME)) ? "Neo4j stopped." : "Neo4j was not running.",
      );
      return 0;
    case "status": {
      const state = localNeo4jStatus(DEFAULT_HOME);
      if (!state) {
        console.log("Neo4j is not running.");
        return 3;
      }
      console.log(
        `Neo4j is running on bolt://127.0.0.1:${state.port} (pid ${state.pid}, since ${state.startedAt}); log: ${log}`,
      );
      return 0;
    }
    default:
      console.error("usage: tsx scripts/db.ts start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LocalNeo4jError ? error.message : error);
    process.exit(1);
  },
);
