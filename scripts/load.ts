import { listenerPid, residentMiB } from "@/scripts/lib/process-memory";
import { httpGet, loadTest, printLoadTable, type LoadResult } from "@/scripts/lib/load-test";
import { startThrowawayApp } from "@/scripts/lib/harness/throwaway-app";

/**
 * `npm run load [-- --connections 50 --seconds 30 --runs 3]`: drives the production app on the
 * seeded graph, prints latency and errors per endpoint and the Next.js server's resident memory
 * after each run (flat across runs means no leak).
 */
function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const connections = flag("connections", 50);
  const seconds = flag("seconds", 30);
  const runs = flag("runs", 3);
  const port = flag("port", 3950);
  const app = process.env.LOAD_URL
    ? { baseUrl: process.env.LOAD_URL, stop: async () => {} }
    : await startThrowawayApp({ port, build: true });
  try {
    const pid = listenerPid(Number(new URL(app.baseUrl).port));
    const endpoints = [
      "/api/graph",
      "/api/actors?q=Soleimani",
      "/api/actors/iran",
      "/api/paths?from=iran&to=us-forces-in-iraq",
    ];
    const memory: number[] = [residentMiB(pid)];
    console.log(`next-server pid ${pid}: ${memory[0]!.toFixed(0)} MiB resident before load`);
    let errors = 0;
    for (let run = 1; run <= runs; run++) {
      const results: LoadResult[] = [];
      for (const path of endpoints) {
        results.push(
          await loadTest(path, httpGet(`${app.baseUrl}${path}`), { connections, seconds }),
        );
      }
      errors += results.reduce((sum, result) => sum + result.errors, 0);
      memory.push(residentMiB(pid));
      console.log(
        `\nRun ${run} of ${runs} (${connections} connections, ${seconds} s per endpoint):`,
      );
      printLoadTable(results);
      console.log(`next-server resident memory after run ${run}: ${memory[run]!.toFixed(0)} MiB`);
    }
    console.log(
      `\nMemory (MiB) before and after each run: ${memory.map((m) => m.toFixed(0)).join(" → ")}`,
    );
    console.log(`Errors across all runs: ${errors}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
