import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Db } from "@/lib/db/session";
import { countGraph, type SeedCounts } from "@/lib/seed/write";
import { generateSyntheticGraph } from "@/lib/synthetic/generate";
import {
  compareApiWithDriver,
  printApiComparison,
  type ApiComparison,
} from "@/scripts/lib/bench-api";
import {
  benchAnalysis,
  printAnalysisBench,
  type AnalysisBench,
} from "@/scripts/lib/bench-analysis";
import { runLargeBrowserBench } from "@/scripts/lib/bench-browser";
import {
  benchSeedBrowser,
  printSeedBrowser,
  type SeedBrowserResult,
} from "@/scripts/lib/bench-seed-browser";
import { runBenchScript } from "@/scripts/lib/bench-child";
import { launchChromium } from "@/scripts/lib/browser-timing";
import { benchEndpoints } from "@/scripts/lib/bench-endpoints";
import { findTargets } from "@/scripts/lib/bench-targets";
import { loadEnv } from "@/scripts/lib/load-env";
import { listenerPid, sampleMemory, type MemorySamples } from "@/scripts/lib/process-memory";
import { queryCatalogue } from "@/scripts/lib/query-catalogue";
import { openScriptDb } from "@/scripts/lib/script-db";
import { printProfile, profileQueries, type ProfiledStatement } from "@/scripts/lib/query-profile";
import { ensureGraphIn, type LoadReport } from "@/scripts/lib/synthetic-load";
import { memoryFor, startSyntheticNeo4j, stopSyntheticNeo4j } from "@/scripts/lib/synthetic-neo4j";
import { startAppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import {
  envFor,
  openDb,
  seedNeo4j,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

const USAGE = `usage: npm run bench [-- options]

  --graph seed|synthetic|both   which graphs (default both; synthetic with --profile)
  --actors N                    size of the synthetic graph (default 100000)
  --seed S                      its seed (default 1)
  --only api,browser,large,profile,analysis,curation
                                parts to run (default all; the browser part runs on the seeded graph,
                                the profile on the synthetic one unless only the seed is chosen;
                                large: 500–10,000-element views of a 10k-actor synthetic graph in
                                Chromium, explorer beside a bare Cytoscape page; analysis: rankings
                                and balance cold and warm, and another request's latency meanwhile;
                                curation: the review page's keys on a 10,000-word document
                                (npm run bench:review) and claims made on the synthetic graph
                                (npm run bench:claims --uri))
  --browser-runs 3              runs per size of the large-view browser part
  --profile                     the same as --only profile
  --seconds 10 --connections 10 --rounds 4 --runs 7 --port 3900 --after-write 12
                                (seconds of load per endpoint and side, split in rounds that
                                alternate app, driver and cached app; runs: browser page loads;
                                after-write: writes timed for the first answer after a write)

The API part starts two instances: the app column with the response cache off (every request
reads Neo4j), the cached column with it on (--port + 20), both beside the same driver floor.

The synthetic graph is generated once into neo4j/synthetic/<N>-seed<S> and reused by later runs.
BENCH_URL=http://… measures a running app instead (the floor then uses NEO4J_* from the environment).`;

const { values: args } = parseArgs({
  options: {
    graph: { type: "string" },
    actors: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    only: { type: "string", default: "api,browser,large,profile,analysis,curation" },
    "browser-runs": { type: "string", default: "3" },
    profile: { type: "boolean", default: false },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    runs: { type: "string", default: "7" },
    rounds: { type: "string", default: "4" },
    "after-write": { type: "string", default: "12" },
    port: { type: "string", default: "3900" },
    help: { type: "boolean", default: false },
  },
});

// The instance with the response cache on listens this far above the cold one.
const CACHED_PORT_OFFSET = 20;

type Part = "api" | "browser" | "large" | "profile" | "analysis" | "curation";
type GraphName = "seed" | "synthetic";

interface GraphResult {
  counts: SeedCounts;
  targets: Awaited<ReturnType<typeof findTargets>>;
  load?: LoadReport | null;
  api?: ApiComparison[];
  /** next-server's resident memory while the API benchmark ran. */
  memory?: MemorySamples;
  browser?: SeedBrowserResult;
  profile?: ProfiledStatement[];
  analysis?: AnalysisBench;
  /** bench:claims on this graph: its output. */
  claims?: { ok: boolean; output: string };
}

interface Target {
  db: Db;
  env: Record<string, string>;
  /** The local Neo4j's Bolt port, to account its CPU time (unknown for a remote server). */
  boltPort?: number;
  load?: LoadReport | null;
  stop(): Promise<void>;
}

async function seededTarget(): Promise<Target> {
  console.log("Starting a throwaway Neo4j with the seeded graph…");
  const neo4j = await startThrowawayNeo4j();
  await seedNeo4j(neo4j);
  const db = openDb(neo4j);
  return {
    db,
    env: envFor(neo4j),
    boltPort: neo4j.port,
    stop: async () => {
      await db.driver.close();
      await stopThrowawayNeo4j(neo4j.home);
    },
  };
}

async function syntheticTarget(actors: number, seed: number): Promise<Target> {
  const home = path.resolve("neo4j", "synthetic", `${actors}-seed${seed}`);
  const memory = memoryFor(actors);
  console.log(
    `Synthetic graph: ${actors} actors in ${home} (heap ${memory.heapMax}, page cache ${memory.pageCacheMiB} MiB)…`,
  );
  const neo4j = await startSyntheticNeo4j({ home, memory, tieToPid: process.pid });
  const db = openDb(neo4j);
  const load = await ensureGraphIn(home, db, generateSyntheticGraph({ actors, seed }), false);
  return {
    db,
    env: envFor(neo4j),
    boltPort: neo4j.port,
    load,
    stop: async () => {
      await db.driver.close();
      if (!neo4j.alreadyRunning) await stopSyntheticNeo4j(home);
    },
  };
}

function runningTarget(): Target {
  const db = openScriptDb(loadEnv());
  return { db, env: {}, stop: () => db.driver.close() };
}

/** The production app on the target's database, built and served as the throwaway apps are. */
function benchApp(port: number, env: Record<string, string>) {
  ensureThrowawayBuild();
  return startAppServer({ port, env, timeoutMs: 600_000 });
}

async function benchGraph(graph: GraphName, parts: Set<Part>, port: number): Promise<GraphResult> {
  const options = {
    connections: Number(args.connections),
    seconds: Number(args.seconds),
    rounds: Number(args.rounds),
    warmupSeconds: 2,
  };
  const target = process.env.BENCH_URL
    ? runningTarget()
    : graph === "seed"
      ? await seededTarget()
      : await syntheticTarget(Number(args.actors), Number(args.seed));
  let app: { baseUrl: string; stop(): Promise<void> } | null = null;
  let cachedApp: { baseUrl: string; stop(): Promise<void> } | null = null;
  try {
    const result: GraphResult = {
      counts: await countGraph(target.db),
      targets: await findTargets(target.db, graph),
      load: target.load,
    };
    const needsApp =
      parts.has("api") || parts.has("analysis") || (parts.has("browser") && graph === "seed");
    if (needsApp) {
      // The app column is the cold path: the response cache off, every request reads Neo4j.
      app = process.env.BENCH_URL
        ? { baseUrl: process.env.BENCH_URL, stop: async () => {} }
        : await benchApp(port, { ...target.env, ATLAS_RESPONSE_CACHE_MB: "0" });
    }
    if (app && (parts.has("api") || parts.has("analysis")) && !process.env.BENCH_URL) {
      cachedApp = await benchApp(port + CACHED_PORT_OFFSET, target.env);
    }
    const title =
      graph === "seed" ? "the seeded graph" : `the ${args.actors}-actor synthetic graph`;
    if (app && parts.has("api")) {
      const nextServer = listenerPid(Number(new URL(app.baseUrl).port));
      const cachedPid = cachedApp && listenerPid(Number(new URL(cachedApp.baseUrl).port));
      const sampler = sampleMemory(nextServer);
      result.api = await compareApiWithDriver(
        app.baseUrl,
        target.db,
        benchEndpoints(result.targets),
        {
          ...options,
          pids: { nextServer, neo4j: target.boltPort ? listenerPid(target.boltPort) : undefined },
          cached: cachedApp
            ? { baseUrl: cachedApp.baseUrl, pid: cachedPid ?? undefined }
            : undefined,
          afterWriteSamples: Number(args["after-write"]),
        },
      );
      result.memory = sampler.stop();
      printApiComparison(
        `API on ${title}, ${options.connections} concurrent clients, ${options.seconds} s each: app beside the same Cypher through neo4j-driver (ms)`,
        result.api,
      );
      console.log(
        `next-server resident memory: ${result.memory.beforeMiB.toFixed(0)} MiB before, peak ${result.memory.peakMiB.toFixed(0)} MiB under load, ${result.memory.afterMiB.toFixed(0)} MiB after`,
      );
    }
    if (app && parts.has("analysis")) {
      result.analysis = await benchAnalysis(
        app.baseUrl,
        target.db,
        `/api/actors/${encodeURIComponent(result.targets.actorId)}`,
        cachedApp?.baseUrl ?? null,
      );
      printAnalysisBench(title, result.analysis);
    }
    if (app && parts.has("browser") && graph === "seed") {
      result.browser = await benchSeedBrowser(app.baseUrl, Number(args.runs));
      printSeedBrowser(result.browser);
    }
    if (parts.has("curation") && graph === "synthetic" && target.boltPort) {
      console.log(`\nClaims made by hand on ${title}:`);
      result.claims = await runBenchScript(
        "scripts/bench-claims.ts",
        ["--claims", "20", "--uri", `bolt://127.0.0.1:${target.boltPort}`],
        target.env,
      );
    }
    if (parts.has("profile") && (graph === "synthetic" || args.graph === "seed")) {
      console.log(`\nPROFILE of every read query in lib/ on ${title}:`);
      result.profile = await profileQueries(target.db, queryCatalogue(result.targets), console.log);
      printProfile(result.profile);
    }
    return result;
  } finally {
    await cachedApp?.stop();
    await app?.stop();
    await target.stop();
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg(),
  };
}

async function main(): Promise<void> {
  if (args.help) return console.log(USAGE);
  const parts = new Set((args.profile ? "profile" : args.only).split(",") as Part[]);
  const chosen = args.graph ?? (args.profile ? "synthetic" : "both");
  if (!["seed", "synthetic", "both"].includes(chosen))
    throw new Error(`--graph ${chosen}?\n${USAGE}`);
  const graphs: GraphName[] = chosen === "both" ? ["seed", "synthetic"] : [chosen as GraphName];
  if (["browser", "large", "curation"].some((part) => parts.has(part as Part))) {
    // The browser parts come last: a missing Chromium should stop the run now, not 15 min in.
    await launchChromium().then(
      (browser) => browser.close(),
      (error: unknown) => {
        throw new Error(
          `The browser parts need Chromium (on Debian: apt-get install -y chromium; .ci/run does it), or leave them out with --only api,profile,analysis.\n${String(error)}`,
        );
      },
    );
  }
  const started = performance.now();
  const before = machine();
  const results: Partial<Record<GraphName, GraphResult>> = {};
  for (const [i, graph] of graphs.entries()) {
    results[graph] = await benchGraph(graph, parts, Number(args.port) + i);
  }
  // Large views (500–10,000 elements) need a large graph: a synthetic one, on its own server.
  const browserLarge = parts.has("large")
    ? await runLargeBrowserBench({
        port: Number(args.port) + 10,
        runs: Number(args["browser-runs"]),
      })
    : null;
  // Its own throwaway seeded Neo4j and app, so it runs after the graphs' servers are down.
  const review = parts.has("curation")
    ? await runBenchScript("scripts/bench-review.ts", ["--words", "10000", "--repeat", "3"])
    : null;
  const dir = path.resolve("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        when: new Date().toISOString(),
        machine: { ...before, loadAverageAfter: os.loadavg() },
        options: { ...args, parts: [...parts] },
        minutes: (performance.now() - started) / 60_000,
        graphs: results,
        browserLarge,
        review,
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `\nWrote ${path.relative(process.cwd(), file)} (${((performance.now() - started) / 60_000).toFixed(1)} min).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
