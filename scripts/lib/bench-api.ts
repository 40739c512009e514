import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion, GRAPH_VERSION_TTL_MS } from "@/lib/graph/graph-version";
import type { BenchEndpoint } from "@/scripts/lib/bench-endpoints";
import {
  closedLoop,
  httpGet,
  percentile,
  summarise,
  type LoadResult,
  type LoadRun,
} from "@/scripts/lib/load-test";
import { cpuMs } from "@/scripts/lib/process-memory";
import { recordingDb, replay } from "@/scripts/lib/recording-db";

/** CPU milliseconds each process spent per request: what a request costs, whatever the contention. */
export interface CpuPerRequest {
  nextServer?: number;
  neo4j?: number;
  /** This process: the HTTP client for the app, the driver for the floor. */
  client: number;
}

/** One endpoint through the app beside the same Cypher straight through neo4j-driver. */
export interface ApiComparison {
  label: string;
  path: string;
  /** Transactions and statements the endpoint sends per request. */
  transactions: number;
  statements: number;
  /** The app's JSON equals what lib/ returned when called directly. */
  sameAnswer: boolean;
  responseBytes: number;
  app: LoadResult & { cpuMsPerRequest: CpuPerRequest };
  driver: LoadResult & { cpuMsPerRequest: CpuPerRequest };
  /** app / driver: the figure the issue aims at (≤ 1.5 at p50, ≤ 2 at p95). */
  ratio: { p50: number; p95: number; p99: number; throughput: number };
  /**
   * The same request to an instance with the response cache on, answered from it (warm), beside
   * the same floor; absent for an endpoint that is never cached (no ETag: computed per request).
   */
  cached?: LoadResult & { cpuMsPerRequest: CpuPerRequest; sameAnswer: boolean };
  cachedRatio?: { p50: number; p95: number; throughput: number };
  /** The first answer after a write (a version bump, noticed), one client, beside one replay. */
  afterWrite?: AfterWrite;
  /** One client at a time, cold (the response cache off), beside one client through the driver. */
  oneClient: OneClient;
}

/** Latencies with one client: what a single user waits, without queueing behind others. */
export interface OneClient {
  app: { requests: number; p50: number; p95: number };
  driver: { requests: number; p50: number; p95: number };
}

/** What focus depth 2 on the 100k graph should answer within at one client, cold (issue 17). */
export const ONE_CLIENT_AIM_MS = 50;

export interface AfterWrite {
  samples: number;
  app: { p50: number; p95: number };
  driver: { p50: number; p95: number };
  ratio: { p50: number; p95: number };
}

export interface ApiBenchOptions {
  connections: number;
  /** Seconds of load for each side, split over `rounds`. */
  seconds: number;
  /** App and driver take turns, so drifting load from other processes hits both alike. */
  rounds: number;
  /** Seconds of load for each side before measuring. */
  warmupSeconds: number;
  /** Processes whose CPU time is accounted: next-server and Neo4j (when known). */
  pids: { nextServer?: number; neo4j?: number };
  /** An instance with the response cache on (the other has it off), and its next-server. */
  cached?: { baseUrl: string; pid?: number };
  /** Writes measured for "first answer after a write". */
  afterWriteSamples: number;
}

function cpuNow(pids: ApiBenchOptions["pids"]) {
  return {
    nextServer: pids.nextServer === undefined ? undefined : cpuMs(pids.nextServer),
    neo4j: pids.neo4j === undefined ? undefined : cpuMs(pids.neo4j),
    client: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000,
  };
}

/** Runs `request` under load, adding its latencies to `runs` and its CPU time to `cpu`. */
async function measured(
  request: () => Promise<boolean>,
  options: ApiBenchOptions,
  runs: LoadRun[],
  cpu: CpuPerRequest,
): Promise<void> {
  const before = cpuNow(options.pids);
  const run = await closedLoop(request, {
    connections: options.connections,
    seconds: options.seconds / options.rounds,
  });
  const after = cpuNow(options.pids);
  runs.push(run);
  cpu.client += after.client - before.client;
  if (before.nextServer !== undefined) {
    cpu.nextServer = (cpu.nextServer ?? 0) + after.nextServer! - before.nextServer;
  }
  if (before.neo4j !== undefined) cpu.neo4j = (cpu.neo4j ?? 0) + after.neo4j! - before.neo4j;
}

function perRequest(cpu: CpuPerRequest, requests: number): CpuPerRequest {
  const per = (ms: number | undefined) => (ms === undefined ? undefined : ms / requests);
  return { nextServer: per(cpu.nextServer), neo4j: per(cpu.neo4j), client: cpu.client / requests };
}

/**
 * For each endpoint: records the transactions lib/ sends for it (recording-db.ts), then loads the
 * app with `connections` concurrent clients and replays the recorded transactions with as many
 * concurrent clients through a plain driver — the floor no app can beat — in alternating rounds.
 */
export async function compareApiWithDriver(
  baseUrl: string,
  db: Db,
  endpoints: BenchEndpoint[],
  options: ApiBenchOptions,
): Promise<ApiComparison[]> {
  const results: ApiComparison[] = [];
  for (const endpoint of endpoints) {
    const recorder = recordingDb(db);
    const direct = JSON.stringify(await endpoint.run(recorder.db));
    const response = await fetch(`${baseUrl}${endpoint.path}`);
    const body = await response.text();
    if (!response.ok) throw new Error(`${endpoint.path} answered ${response.status}: ${body}`);
    const { transactions } = recorder;
    const viaApp = httpGet(`${baseUrl}${endpoint.path}`);
    const viaDriver = async () => {
      await replay(db, transactions);
      return true;
    };
    const cachedUrl = options.cached && `${options.cached.baseUrl}${endpoint.path}`;
    const cachedFirst = cachedUrl ? await fetch(cachedUrl) : null;
    const cachedBody = cachedFirst ? await cachedFirst.text() : "";
    // Only what the cache keeps has a tag; paths and analyses are computed per request.
    const viaCache = cachedUrl && cachedFirst?.headers.has("etag") ? httpGet(cachedUrl) : null;
    // Neo4j compiles a query that runs often into faster code: every side warms up under load
    // first, then they take turns, each going first in its turn (A B C, B C A, …).
    const warm = { connections: options.connections, seconds: options.warmupSeconds };
    await closedLoop(viaApp, warm);
    await closedLoop(viaDriver, warm);
    if (viaCache) await closedLoop(viaCache, warm);
    const appRuns: LoadRun[] = [];
    const driverRuns: LoadRun[] = [];
    const cachedRuns: LoadRun[] = [];
    const appCpu: CpuPerRequest = { client: 0 };
    const driverCpu: CpuPerRequest = { client: 0 };
    const cachedCpu: CpuPerRequest = { client: 0 };
    const driverOptions = { ...options, pids: { neo4j: options.pids.neo4j } };
    const cachedOptions = {
      ...options,
      pids: { nextServer: options.cached?.pid, neo4j: options.pids.neo4j },
    };
    for (let round = 0; round < options.rounds; round++) {
      const sides = [
        () => measured(viaApp, options, appRuns, appCpu),
        () => measured(viaDriver, driverOptions, driverRuns, driverCpu),
        ...(viaCache ? [() => measured(viaCache, cachedOptions, cachedRuns, cachedCpu)] : []),
      ];
      const turn = round % sides.length;
      for (const side of [...sides.slice(turn), ...sides.slice(0, turn)]) await side();
    }
    const app = summarise(endpoint.label, appRuns);
    const driver = summarise(endpoint.label, driverRuns);
    const alone = { connections: 1, seconds: options.seconds / 2 };
    const oneApp = summarise(endpoint.label, [await closedLoop(viaApp, alone)]);
    const oneDriver = summarise(endpoint.label, [await closedLoop(viaDriver, alone)]);
    const cached = viaCache ? summarise(endpoint.label, cachedRuns) : null;
    results.push({
      label: endpoint.label,
      path: endpoint.path,
      transactions: transactions.length,
      statements: transactions.reduce((sum, tx) => sum + tx.statements.length, 0),
      sameAnswer: JSON.stringify(JSON.parse(body)) === direct,
      responseBytes: Buffer.byteLength(body),
      app: { ...app, cpuMsPerRequest: perRequest(appCpu, app.requests) },
      driver: { ...driver, cpuMsPerRequest: perRequest(driverCpu, driver.requests) },
      ratio: {
        p50: app.p50 / driver.p50,
        p95: app.p95 / driver.p95,
        p99: app.p99 / driver.p99,
        throughput: app.rps / driver.rps,
      },
      oneClient: {
        app: { requests: oneApp.requests, p50: oneApp.p50, p95: oneApp.p95 },
        driver: { requests: oneDriver.requests, p50: oneDriver.p50, p95: oneDriver.p95 },
      },
      ...(cached && {
        cached: {
          ...cached,
          cpuMsPerRequest: perRequest(cachedCpu, cached.requests),
          sameAnswer: JSON.stringify(JSON.parse(cachedBody)) === direct,
        },
        cachedRatio: {
          p50: cached.p50 / driver.p50,
          p95: cached.p95 / driver.p95,
          throughput: cached.rps / driver.rps,
        },
        afterWrite: await firstAfterWrite(db, cachedUrl!, viaDriver, options.afterWriteSamples),
      }),
    });
  }
  return results;
}

/**
 * A write through the app's own function (bumpGraphVersion, as every write calls it), a wait until
 * the cached instance must have noticed (its version is at most GRAPH_VERSION_TTL_MS old), then one
 * request: the miss that reads the version and the database again. Beside it, one replay of the
 * same transactions through the driver, also alone and after the same idle wait: replayed straight
 * after the app's request, the floor ran on a database and a machine that had just done the same
 * work, while the app's request was the first after a second of quiet.
 */
async function firstAfterWrite(
  db: Db,
  url: string,
  viaDriver: () => Promise<boolean>,
  samples: number,
): Promise<AfterWrite> {
  const app: number[] = [];
  const driver: number[] = [];
  const timed = async (request: () => Promise<unknown>) => {
    const started = performance.now();
    await request();
    return performance.now() - started;
  };
  const idle = () => new Promise((resolve) => setTimeout(resolve, GRAPH_VERSION_TTL_MS + 100));
  for (let i = 0; i < samples; i++) {
    await writeTx(db, bumpGraphVersion);
    await idle();
    app.push(await timed(() => fetch(url).then((response) => response.arrayBuffer())));
    await idle();
    driver.push(await timed(viaDriver));
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const [appSorted, driverSorted] = [sorted(app), sorted(driver)];
  const at = (values: number[], p: number) => percentile(values, p);
  const result = {
    app: { p50: at(appSorted, 50), p95: at(appSorted, 95) },
    driver: { p50: at(driverSorted, 50), p95: at(driverSorted, 95) },
  };
  return {
    samples,
    ...result,
    ratio: { p50: result.app.p50 / result.driver.p50, p95: result.app.p95 / result.driver.p95 },
  };
}

export function printApiComparison(title: string, results: ApiComparison[]): void {
  console.log(`\n${title}`);
  const ms = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
  const times = (value: number) => `${value.toFixed(2)}×`;
  console.table(
    results.map((r) => ({
      endpoint: r.label,
      "app p50": ms(r.app.p50),
      "driver p50": ms(r.driver.p50),
      "×p50": times(r.ratio.p50),
      "app p95": ms(r.app.p95),
      "driver p95": ms(r.driver.p95),
      "×p95": times(r.ratio.p95),
      "app p99": ms(r.app.p99),
      "driver p99": ms(r.driver.p99),
      "app req/s": r.app.rps.toFixed(1),
      "driver req/s": r.driver.rps.toFixed(1),
      errors: r.app.errors + r.driver.errors + (r.cached?.errors ?? 0),
    })),
  );
  console.log(
    `One client at a time, cold (response cache off), beside one client through the driver; aim for focus depth 2 on 100k actors: p95 < ${ONE_CLIENT_AIM_MS} ms:`,
  );
  console.table(
    results.map((r) => ({
      endpoint: r.label,
      "app p50": ms(r.oneClient.app.p50),
      "app p95": ms(r.oneClient.app.p95),
      "driver p50": ms(r.oneClient.driver.p50),
      "driver p95": ms(r.oneClient.driver.p95),
      [`app p95 < ${ONE_CLIENT_AIM_MS} ms`]: r.oneClient.app.p95 < ONE_CLIENT_AIM_MS,
      requests: r.oneClient.app.requests,
    })),
  );
  const cached = results.filter((r) => r.cached);
  if (cached.length > 0) {
    console.log(
      "Cached (response cache on, warm) beside the same driver floor, and the first answer after a write (one client, beside one driver replay):",
    );
    console.table(
      cached.map((r) => ({
        endpoint: r.label,
        "cached p50": ms(r.cached!.p50),
        "driver p50": ms(r.driver.p50),
        "×p50": times(r.cachedRatio!.p50),
        "cached p95": ms(r.cached!.p95),
        "driver p95": ms(r.driver.p95),
        "×p95": times(r.cachedRatio!.p95),
        "cached req/s": r.cached!.rps.toFixed(1),
        "after write p50": ms(r.afterWrite!.app.p50),
        "driver alone p50": ms(r.afterWrite!.driver.p50),
        "×p50 after write": times(r.afterWrite!.ratio.p50),
        "after write p95": ms(r.afterWrite!.app.p95),
        "driver alone p95": ms(r.afterWrite!.driver.p95),
        "×p95 after write": times(r.afterWrite!.ratio.p95),
        "same answer": r.cached!.sameAnswer,
      })),
    );
  }
  console.log("CPU milliseconds per request (next-server / Neo4j / this client):");
  console.table(
    results.map((r) => ({
      endpoint: r.label,
      "app: next-server": ms(r.app.cpuMsPerRequest.nextServer),
      "app: Neo4j": ms(r.app.cpuMsPerRequest.neo4j),
      "app: client": ms(r.app.cpuMsPerRequest.client),
      "driver: Neo4j": ms(r.driver.cpuMsPerRequest.neo4j),
      "driver: client": ms(r.driver.cpuMsPerRequest.client),
      "cached: next-server": ms(r.cached?.cpuMsPerRequest.nextServer),
      "cached: client": ms(r.cached?.cpuMsPerRequest.client),
    })),
  );
}
