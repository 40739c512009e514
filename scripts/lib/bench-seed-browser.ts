import { launchChromium, timeToInteractiveGraph } from "@/scripts/lib/browser-timing";
import { percentile } from "@/scripts/lib/load-test";

export interface SeedBrowserResult {
  runs: number;
  p50: number;
  max: number;
  all: number[];
}

/** Navigation → interactive explorer graph in Chromium, over `runs` cold page loads. */
export async function benchSeedBrowser(baseUrl: string, runs: number): Promise<SeedBrowserResult> {
  const browser = await launchChromium();
  const timings: number[] = [];
  try {
    await timeToInteractiveGraph(browser, `${baseUrl}/`); // warm the server's caches
    for (let run = 0; run < runs; run++) {
      timings.push(await timeToInteractiveGraph(browser, `${baseUrl}/`));
    }
  } finally {
    await browser.close();
  }
  timings.sort((a, b) => a - b);
  return { runs, p50: percentile(timings, 50), max: timings[timings.length - 1]!, all: timings };
}

export function printSeedBrowser(result: SeedBrowserResult): void {
  console.log(
    `\nNavigation → interactive graph in Chromium (${result.runs} cold page loads): p50 ${result.p50.toFixed(0)} ms, max ${result.max.toFixed(0)} ms`,
  );
}
