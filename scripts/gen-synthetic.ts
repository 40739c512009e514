import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { neo4jConnection } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import { generateSyntheticGraph } from "@/lib/synthetic/generate";
import { writeSeedFolders } from "@/lib/synthetic/seed-files";
import { loadEnv } from "@/scripts/lib/load-env";
import {
  describeGraph,
  ensureGraphIn,
  loadWithProgress,
  prepareTarget,
} from "@/scripts/lib/synthetic-load";
import {
  memoryFor,
  startSyntheticNeo4j,
  stopSyntheticNeo4j,
  type Neo4jMemory,
} from "@/scripts/lib/synthetic-neo4j";

const USAGE = `usage: npm run gen:synthetic -- --actors N [options]

  --actors N          actors to generate (1000, 10000, 100000 …)
  --seed S            random seed (default 1): the same options give the same graph
  --per-actor R       influence/hostility ties per actor (default 7)

Where the graph goes (default: a new Neo4j of its own in a temporary folder, left running):
  --home DIR          the Neo4j whose data lives in DIR: started if needed, reused when it already
                      holds this graph (same actors, seed and generator version)
  --port P            its Bolt port (default: a free one, remembered in DIR)
  --heap SIZE         its JVM heap, e.g. 2g (default by size, see docs/performance.md)
  --pagecache MIB     its page cache in MiB (default by size)
  --uri URI           an existing Neo4j instead (NEO4J_USER / NEO4J_PASSWORD from the environment)
  --reset             empty the target graph first (required when it is not empty)
  --out DIR           write seed folders (graph-seed/'s format) instead of loading; for small N
  --stop --home DIR   stop the Neo4j in DIR`;

const { values: args } = parseArgs({
  options: {
    actors: { type: "string" },
    seed: { type: "string", default: "1" },
    "per-actor": { type: "string", default: "7" },
    home: { type: "string" },
    port: { type: "string" },
    heap: { type: "string" },
    pagecache: { type: "string" },
    uri: { type: "string" },
    reset: { type: "boolean", default: false },
    out: { type: "string" },
    stop: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

async function main(): Promise<void> {
  if (args.help) return console.log(USAGE);
  if (args.stop) {
    if (!args.home) throw new Error("--stop needs --home DIR");
    console.log(
      (await stopSyntheticNeo4j(args.home)) ? "Neo4j stopped." : "Neo4j was not running.",
    );
    return;
  }
  if (!args.actors) throw new Error(`--actors is required\n\n${USAGE}`);
  const options = {
    actors: Number(args.actors),
    seed: Number(args.seed),
    relationshipsPerActor: Number(args["per-actor"]),
  };
  const started = performance.now();
  const graph = generateSyntheticGraph(options);
  console.log(
    `Generated ${describeGraph(graph)} (seed ${graph.options.seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );

  if (args.out) {
    const dir = path.resolve(args.out);
    const written = await writeSeedFolders(graph, dir);
    console.log(`Wrote ${written} seed folders to ${dir}.`);
    console.log(`Check them with the seed validator: npm run seed -- --check --dir ${dir}`);
    return;
  }

  if (args.uri) {
    const env = loadEnv();
    const connection = neo4jConnection({ ...env, NEO4J_URI: args.uri });
    const db = { driver: createDriver(connection), database: connection.database };
    try {
      await prepareTarget(db, args.reset, args.uri);
      await loadWithProgress(db, graph);
    } finally {
      await db.driver.close();
    }
    return;
  }

  const home = path.resolve(args.home ?? mkdtempSync(path.join(tmpdir(), "atlas-synthetic-")));
  const memory: Neo4jMemory = {
    ...memoryFor(options.actors),
    ...(args.heap && { heapMax: args.heap }),
    ...(args.pagecache && { pageCacheMiB: Number(args.pagecache) }),
  };
  console.log(
    `Starting Neo4j in ${home} (heap ${memory.heapMax}, page cache ${memory.pageCacheMiB} MiB)…`,
  );
  const neo4j = await startSyntheticNeo4j({ home, port: number(args.port), memory });
  const db = {
    driver: createDriver({ ...neo4j, database: "neo4j", local: false }),
    database: "neo4j",
  };
  try {
    await ensureGraphIn(home, db, graph, args.reset);
  } finally {
    await db.driver.close();
  }
  const npm = "npm run";
  console.log(`
Neo4j is running at ${neo4j.uri} (user ${neo4j.user}, password ${neo4j.password}); data in ${home}
  Serve the app on it:  NEO4J_URI=${neo4j.uri} NEO4J_USER=${neo4j.user} NEO4J_PASSWORD=${neo4j.password} npm start
  Reuse it later:       ${npm} gen:synthetic -- --actors ${options.actors} --home ${home}
  Stop it:              ${npm} gen:synthetic -- --stop --home ${home}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
