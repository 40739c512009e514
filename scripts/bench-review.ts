import { parseArgs } from "node:util";
import type { Page } from "@playwright/test";
import { articleOfWords } from "@/scripts/lib/bench-articles";
import { loadAverage, median } from "@/scripts/lib/bench-client";
import { startSeededBenchApp } from "@/scripts/lib/bench-seeded-app";
import { launchChromium } from "@/scripts/lib/browser-timing";
import { percentile } from "@/scripts/lib/load-test";

const USAGE = `usage: npm run bench:review [-- --words 10000 --repeat 3]

In Chromium, against the production build on a throwaway seeded Neo4j, as a curator: freeze a
--words document (the seed article's paragraphs, varied), open its review page and press the keys
a curator presses — on the Mentions tab next/previous, accept, undo, not an actor; on the Claims
tab next/previous, weight, swap, widen and shrink the citation, accept, reopen — each --repeat
times. For each key: from the keydown event to the first frame that shows its effect (p50, p95 per
key and overall) and to the last, when a decision's answer from the server has been drawn, beside
the floor of 100 ms.`;

const { values: args } = parseArgs({
  options: {
    words: { type: "string", default: "10000" },
    repeat: { type: "string", default: "3" },
    help: { type: "boolean", default: false },
  },
});

const FLOOR_MS = 100;
/** A key's effect is over once the page has not changed for this long. */
const QUIET_MS = 400;

// Sent as source text (tsx would wrap a function in helpers the page lacks). Times every keydown
// from its event timestamp to the frame after the first and after the last DOM change it caused.
const RECORDER = `(() => {
  const w = window;
  w.__keyTimes = [];
  let pending = null;
  const afterFrame = (set) => requestAnimationFrame(() => setTimeout(() => set(performance.now())));
  addEventListener("keydown", (event) => {
    pending = { key: event.key, down: event.timeStamp, first: null, last: null, changedAt: null };
    w.__keyTimes.push(pending);
  }, true);
  new MutationObserver((records) => {
    const entry = pending;
    if (!entry) return;
    const node = records[0].target;
    const el = node.nodeType === 1 ? node : node.parentElement;
    entry.lastChange = el ? el.tagName + "." + (el.className || "") + "#" + (el.id || "") : "?";
    const at = performance.now();
    if (entry.changedAt === null) afterFrame((t) => { entry.first = t - entry.down; });
    entry.changedAt = at;
    afterFrame((t) => { if (entry.changedAt === at) entry.last = t - entry.down; });
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

interface KeyTime {
  key: string;
  lastChange?: string;
  first: number | null;
  last: number | null;
  changedAt: number | null;
}

/** Requests the page has sent and not yet had answered. */
function inFlight(page: Page): () => number {
  let pending = 0;
  page.on("request", () => (pending += 1));
  page.on("requestfinished", () => (pending -= 1));
  page.on("requestfailed", () => (pending -= 1));
  return () => pending;
}

/**
 * Presses `key` and waits until no request is in flight and the page has been quiet for
 * QUIET_MS (a decision's answer from the server is part of its key); returns its timing.
 */
async function press(page: Page, key: string, pending: () => number): Promise<KeyTime> {
  await page.keyboard.press(key);
  // A key may change nothing (undo on an open group): then it is over after one quiet spell.
  let seen = Number.NaN;
  for (let waited = 0; ; waited += QUIET_MS) {
    await page.waitForTimeout(QUIET_MS);
    const entry = (await page.evaluate("window.__keyTimes.at(-1)")) as KeyTime | undefined;
    if (!entry) throw new Error(`the page saw no keydown for "${key}"`);
    const changedAt = entry.changedAt ?? -1;
    if (changedAt === seen && pending() === 0) return entry;
    if (waited > 20_000) {
      throw new Error(
        `"${key}": the page was still changing after 20 s (${pending()} requests in flight; last change in ${entry.lastChange})`,
      );
    }
    seen = changedAt;
  }
}

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const words = Number(args.words);
  const repeat = Number(args.repeat);
  const { server, client, stop } = await startSeededBenchApp();
  const browser = await launchChromium();
  try {
    const draft = await client.post<{ document: { id: string } }>("/api/documents", {
      text: articleOfWords(words, 0),
      metadata: { title: "Bench review article", published: "2020-02" },
    });
    const id = draft.json.document.id;
    const frozen = await client.post<{ analysis: { counts: { mentions: number } } }>(
      `/api/documents/${id}/freeze`,
      { version: 0, independent: true },
    );
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { hostname } = new URL(server.baseUrl);
    await context.addCookies([{ ...client.cookie, domain: hostname, path: "/" }]);
    const page = await context.newPage();
    const pending = inFlight(page);
    const times: Record<string, KeyTime[]> = {};
    const run = async (tab: string, keys: string[], ready: string) => {
      await page.goto(`${server.baseUrl}/documents/${id}/review?tab=${tab}`);
      try {
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
      } catch (error) {
        await page.screenshot({ path: "test-results/bench-review-failed.png" });
        throw error;
      }
      await page.evaluate(RECORDER);
      // Keys go to the page, not to a field.
      await page.locator("h1").first().click();
      for (let round = 0; round < repeat; round += 1) {
        for (const key of keys) {
          const timing = await press(page, key, pending);
          (times[`${tab} ${key}`] ??= []).push(timing);
          console.log(
            `  ${tab} ${key}: first ${timing.first?.toFixed(0) ?? "–"} ms, settled ${timing.last?.toFixed(0) ?? "–"} ms`,
          );
        }
      }
    };
    await run("mentions", ["j", "j", "k", "a", "u", "x", "u"], ".queue-list [aria-current]");
    await run(
      "claims",
      ["j", "k", "2", "s", "s", "}", "{", "]", "[", "a", "u"],
      ".claim-queue [aria-current]",
    );
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const cell = (values: number[], p: number) =>
      values.length === 0 ? "    –" : percentile(sorted(values), p).toFixed(0).padStart(5);
    console.log(
      `\nReview page keys: ${words} words, ${frozen.json.analysis.counts.mentions} mentions, ${repeat} rounds (load ${loadAverage()})`,
    );
    console.log(`  ${"key".padEnd(14)} first frame p50 / p95 ms   settled p50 / p95 ms`);
    const all: number[] = [];
    for (const [key, entries] of Object.entries(times)) {
      const first = entries.flatMap((e) => (e.first === null ? [] : [e.first]));
      const last = entries.flatMap((e) => (e.last === null ? [] : [e.last]));
      all.push(...first);
      console.log(
        `  ${key.padEnd(14)} ${cell(first, 50)} / ${cell(first, 95)}              ${cell(last, 50)} / ${cell(last, 95)}${first.length < entries.length ? `   (${entries.length - first.length} changed nothing)` : ""}`,
      );
    }
    console.log(
      `  ${"every key".padEnd(14)} ${cell(all, 50)} / ${cell(all, 95)}   (median ${median(all).toFixed(0)})`,
    );
    console.log(`  ${"floor".padEnd(14)} ${String(FLOOR_MS).padStart(5)} ms, first frame`);
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
