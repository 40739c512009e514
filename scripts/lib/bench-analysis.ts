import { JOB_ANALYSES, type JobAnalysis } from "@/lib/analysis/job-phases";
import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion, GRAPH_VERSION_TTL_MS } from "@/lib/graph/graph-version";
import { loadAverage, median } from "@/scripts/lib/bench-client";

/**
 * Issue 17, item 3: the whole-graph analyses cold (a fresh graph version: read, worker, store in
 * Neo4j) and warm (from memory, and from Neo4j on a second instance), and what another request
 * costs while they run beside its quiet latency, one client at a time.
 */
export interface AnalysisBench {
  loadAverage: { before: string; after: string };
  analyses: Record<
    JobAnalysis,
    { coldMs: number; warmMs: number; warmOtherInstanceMs: number | null; bodyBytes: number }
  >;
  other: {
    url: string;
    quiet: { p50: number; p95: number; n: number };
    during: { p50: number; p95: number; n: number };
  };
}

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

async function timed(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; status: number; bytes: number; json?: unknown }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchAnalysis(
  base: string,
  db: Db,
  otherUrl: string,
  secondBase: string | null,
): Promise<AnalysisBench> {
  const before = loadAverage();
  const quiet: number[] = [];
  for (let i = 0; i < 40; i++) quiet.push((await timed(`${base}${otherUrl}`)).ms);

  await writeTx(db, (tx) => bumpGraphVersion(tx));
  await sleep(GRAPH_VERSION_TTL_MS + 100);
  const started = performance.now();
  const cold = Object.fromEntries(JOB_ANALYSES.map((a) => [a, 0])) as Record<JobAnalysis, number>;
  for (const analysis of JOB_ANALYSES) {
    const first = await timed(`${base}/api/analysis/${analysis}`, {
      headers: { prefer: "respond-async" },
    });
    if (first.status !== 202) throw new Error(`${analysis}: expected 202, got ${first.status}`);
  }
  const during: number[] = [];
  const pending = new Set<JobAnalysis>(JOB_ANALYSES);
  let lastPoll = 0;
  while (pending.size > 0) {
    during.push((await timed(`${base}${otherUrl}`)).ms);
    if (performance.now() - lastPoll < 250) continue;
    lastPoll = performance.now();
    for (const analysis of [...pending]) {
      const status = await fetch(`${base}/api/analysis/jobs/${analysis}`);
      const body = (await status.json()) as { status: string; error: string | null };
      if (body.status === "done") {
        cold[analysis] = performance.now() - started;
        pending.delete(analysis);
      } else if (body.status === "failed") throw new Error(`${analysis} failed: ${body.error}`);
    }
  }
  const analyses = {} as AnalysisBench["analyses"];
  for (const analysis of JOB_ANALYSES) {
    const url = `/api/analysis/${analysis}`;
    const warm: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const answer = await timed(`${base}${url}`, { headers: { "accept-encoding": "gzip" } });
      warm.push(answer.ms);
      bytes = answer.bytes;
    }
    const other = secondBase ? (await timed(`${secondBase}${url}`)).ms : null;
    analyses[analysis] = {
      coldMs: cold[analysis],
      warmMs: median(warm),
      warmOtherInstanceMs: other,
      bodyBytes: bytes,
    };
  }
  return {
    loadAverage: { before, after: loadAverage() },
    analyses,
    other: {
      url: otherUrl,
      quiet: { p50: median(quiet), p95: p95(quiet), n: quiet.length },
      during: { p50: median(during), p95: p95(during), n: during.length },
    },
  };
}

export function printAnalysisBench(title: string, bench: AnalysisBench): void {
  console.log(
    `\nAnalyses on ${title} (load average ${bench.loadAverage.before} before, ${bench.loadAverage.after} after):`,
  );
  for (const [name, a] of Object.entries(bench.analyses)) {
    console.log(
      `  ${name.padEnd(9)} cold ${(a.coldMs / 1000).toFixed(1)} s, warm ${a.warmMs.toFixed(0)} ms, first on another instance ${a.warmOtherInstanceMs?.toFixed(0) ?? "–"} ms, ${(a.bodyBytes / 1024).toFixed(0)} KiB of JSON`,
    );
  }
  const { quiet, during, url } = bench.other;
  console.log(
    `  ${url} quiet p50 ${quiet.p50.toFixed(1)} / p95 ${quiet.p95.toFixed(1)} ms; during the jobs p50 ${during.p50.toFixed(1)} / p95 ${during.p95.toFixed(1)} ms (${(during.p50 / quiet.p50).toFixed(2)}× / ${(during.p95 / quiet.p95).toFixed(2)}×, ${during.n} requests)`,
  );
}
