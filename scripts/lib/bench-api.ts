import type { Db } from "@/lib/db/session";
import type { BenchEndpoint } from "@/scripts/lib/bench-endpoints";
import {
  closedLoop,
  httpGet,
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
    // Neo4j compiles a query that runs often into faster code: both sides warm up under load
    // first, then take turns, each going first every other round (A B B A …).
    const warm = { connections: options.connections, seconds: options.warmupSeconds };
    await closedLoop(viaApp, warm);
    await closedLoop(viaDriver, warm);
    const appRuns: LoadRun[] = [];
    const driverRuns: LoadRun[] = [];
    const appCpu: CpuPerRequest = { client: 0 };
    const driverCpu: CpuPerRequest = { client: 0 };
    const driverOptions = { ...options, pids: { neo4j: options.pids.neo4j } };
    for (let round = 0; round < options.rounds; round++) {
      const sides = [
        () => measured(viaApp, options, appRuns, appCpu),
        () => measured(viaDriver, driverOptions, driverRuns, driverCpu),
      ];
      for (const side of round % 2 === 0 ? sides : sides.reverse()) await side();
    }
    const app = summarise(endpoint.label, appRuns);
    const driver = summarise(endpoint.label, driverRuns);
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
    });
  }
  return results;
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
      errors: r.app.errors + r.driver.errors,
    })),
  );
  console.log("CPU milliseconds per request (next-server / Neo4j / this client):");
  console.table(
    results.map((r) => ({
      endpoint: r.label,
      "app: next-server": ms(r.app.cpuMsPerRequest.nextServer),
      "app: Neo4j": ms(r.app.cpuMsPerRequest.neo4j),
      "app: client": ms(r.app.cpuMsPerRequest.client),
      "driver: Neo4j": ms(r.driver.cpuMsPerRequest.neo4j),
      "driver: client": ms(r.driver.cpuMsPerRequest.client),
    })),
  );
}
