/** A small closed-loop load generator: `connections` clients each send the next request as soon as the last answered. */
export interface LoadResult {
  label: string;
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** One stretch of closed-loop load: every latency, in milliseconds. */
export interface LoadRun {
  latencies: number[];
  errors: number;
  seconds: number;
}

export async function closedLoop(
  request: () => Promise<boolean>,
  options: { connections: number; seconds: number },
): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const ok = await request().catch(() => false);
      latencies.push(performance.now() - sent);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

/** Percentiles and throughput over one or more runs of the same request. */
export function summarise(label: string, runs: LoadRun[]): LoadResult {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    label,
    requests: latencies.length,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export async function loadTest(
  label: string,
  request: () => Promise<boolean>,
  options: { connections: number; seconds: number; warmup?: number },
): Promise<LoadResult> {
  for (let i = 0; i < (options.warmup ?? 20); i++) await request();
  return summarise(label, [await closedLoop(request, options)]);
}

export function httpGet(url: string): () => Promise<boolean> {
  return async () => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.ok;
  };
}

export function printLoadTable(results: LoadResult[]): void {
  const rows = results.map((r) => ({
    endpoint: r.label,
    requests: r.requests,
    errors: r.errors,
    "req/s": r.rps.toFixed(0),
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "p99 ms": r.p99.toFixed(1),
  }));
  console.table(rows);
}
