import type { Db } from "@/lib/db/session";
import type { BenchEndpoint } from "@/scripts/lib/bench-endpoints";
import { httpGet, loadTest, type LoadResult } from "@/scripts/lib/load-test";
import { recordingDb, replay } from "@/scripts/lib/recording-db";

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
  app: LoadResult;
  driver: LoadResult;
  /** app / driver: the figure the issue aims at (≤ 1.5 at p50, ≤ 2 at p95). */
  ratio: { p50: number; p95: number; p99: number; throughput: number };
}

export interface ApiBenchOptions {
  connections: number;
  seconds: number;
  warmup: number;
}

/**
 * For each endpoint: records the transactions lib/ sends for it (recording-db.ts), loads the app
 * with `connections` concurrent clients, then replays the recorded transactions with as many
 * concurrent clients through a plain driver — the floor no app can beat.
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
    const app = await loadTest(endpoint.label, httpGet(`${baseUrl}${endpoint.path}`), options);
    const driver = await loadTest(
      endpoint.label,
      async () => {
        await replay(db, transactions);
        return true;
      },
      options,
    );
    results.push({
      label: endpoint.label,
      path: endpoint.path,
      transactions: transactions.length,
      statements: transactions.reduce((sum, tx) => sum + tx.statements.length, 0),
      sameAnswer: JSON.stringify(JSON.parse(body)) === direct,
      responseBytes: Buffer.byteLength(body),
      app,
      driver,
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
  const ms = (value: number) => value.toFixed(1);
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
      "app req/s": r.app.rps.toFixed(0),
      "driver req/s": r.driver.rps.toFixed(0),
      errors: r.app.errors + r.driver.errors,
    })),
  );
}
