import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runLargeBrowserBench } from "@/scripts/lib/bench-browser";
import { launchChromium, timeToInteractiveGraph } from "@/scripts/lib/browser-timing";
import {
  httpGet,
  loadTest,
  percentile,
  printLoadTable,
  type LoadResult,
} from "@/scripts/lib/load-test";
import { startThrowawayApp, type RunningApp } from "@/scripts/lib/throwaway-app";

/**
 * `npm run bench [-- --seconds 10 --connections 10 --runs 7]`: API latency and throughput, and the
 * time from navigation to an interactive graph in Chromium, on the seeded graph; then large views
 * (500–10,000 elements) of a synthetic graph beside a bare Cytoscape page (scripts/lib/bench-browser.ts;
 * `--skip-large` leaves them out, `--browser-runs N` sets their runs). Prints tables and writes
 * bench/results/<timestamp>.json. With BENCH_URL set, measures that running app instead.
 */
function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function firstActorId(baseUrl: string, query: string): Promise<string> {
  const body = (await (
    await fetch(`${baseUrl}/api/actors?q=${encodeURIComponent(query)}&limit=1`)
  ).json()) as {
    actors: Array<{ id: string }>;
  };
  const id = body.actors[0]?.id;
  if (!id) throw new Error(`no actor matches "${query}"`);
  return id;
}

async function main(): Promise<void> {
  const seconds = flag("seconds", 10);
  const connections = flag("connections", 10);
  const runs = flag("runs", 7);
  const app: RunningApp = process.env.BENCH_URL
    ? { baseUrl: process.env.BENCH_URL, stop: async () => {} }
    : await startThrowawayApp(flag("port", 3900));
  try {
    const focus = await firstActorId(app.baseUrl, "Soleimani");
    const endpoints: Array<[string, string]> = [
      ["/api/graph", "/api/graph"],
      [`/api/graph?focus=${focus}&depth=2`, `/api/graph?focus=${focus}&depth=2`],
      ["/api/actors?q=Iran", "/api/actors?q=Iran"],
      [`/api/actors/${focus}`, `/api/actors/${focus}`],
    ];
    const api: LoadResult[] = [];
    for (const [label, url] of endpoints) {
      api.push(await loadTest(label, httpGet(`${app.baseUrl}${url}`), { connections, seconds }));
    }
    console.log(
      `\nAPI on the seeded graph (${connections} concurrent clients, ${seconds} s each):`,
    );
    printLoadTable(api);

    const browser = await launchChromium();
    const timings: number[] = [];
    try {
      await timeToInteractiveGraph(browser, `${app.baseUrl}/`); // warm the server's caches
      for (let run = 0; run < runs; run++)
        timings.push(await timeToInteractiveGraph(browser, `${app.baseUrl}/`));
    } finally {
      await browser.close();
    }
    timings.sort((a, b) => a - b);
    const browserResult = {
      runs,
      p50: percentile(timings, 50),
      max: timings[timings.length - 1],
      all: timings,
    };
    console.log(
      `\nNavigation → interactive graph in Chromium (${runs} cold page loads): p50 ${browserResult.p50.toFixed(0)} ms, max ${browserResult.max?.toFixed(0)} ms`,
    );

    // Large views (500–10,000 elements) need a large graph: a synthetic one, on its own server.
    const browserLarge = process.argv.includes("--skip-large")
      ? null
      : await runLargeBrowserBench({
          port: flag("large-port", 3910),
          runs: flag("browser-runs", 3),
        });

    const dir = path.resolve("bench", "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `seeded-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          when: new Date().toISOString(),
          connections,
          seconds,
          api,
          browser: browserResult,
          browserLarge,
        },
        null,
        2,
      ),
    );
    console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
