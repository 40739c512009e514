import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { rendererOptions, type RenderMode } from "@/components/graph/graph-renderer";
import { LARGE_VIEW_STYLESHEET } from "@/components/graph/large-view-style";
import { nodeSize } from "@/lib/explorer/influence";
import { launchChromium } from "@/scripts/lib/browser-timing";
import { startThrowawayApp } from "@/scripts/lib/harness/throwaway-app";
import { percentile } from "@/scripts/lib/load-test";

/**
 * The browser half of `npm run bench`: for views of 500 to 10,000 elements of a large graph, the
 * time from navigation to an interactive graph and the frames per second while panning and
 * zooming, in the explorer and in a bare Cytoscape page given the same elements, stylesheet,
 * positions and renderer options. Both pages fetch the same view from the same API, so the ratio
 * is the explorer's own cost (Next.js, React, its panels and data handling) over Cytoscape's.
 */

export const BROWSER_SIZES = [500, 2000, 5000, 10_000];

/** /api/graph cuts edges at 4 per actor, and a large graph fills that: 5 elements per actor. */
const ELEMENTS_PER_ACTOR = 5;
const VIEWPORT = { width: 1280, height: 800 };

export interface PageFigures {
  /** Navigation start → every element in Cytoscape and two frames drawn, ms (median of runs). */
  interactiveMs: number;
  /**
   * Navigation start → the explorer has hydrated and holds the view (no loading message, and any
   * early drawing adopted by its canvas), ms. The bare page has nothing more to wait for.
   */
  readyMs: number;
  /** rAF frames per second while cy.panBy / cy.zoom move the view every frame for 2 s. */
  fpsPanZoom: number;
  /** rAF frames per second while wheel events zoom in and out for 2 s (a user's gesture). */
  fpsWheel: number;
  runs: Array<{ interactiveMs: number; readyMs: number; fpsPanZoom: number; fpsWheel: number }>;
}

export interface SizeFigures {
  target: number;
  limit: number;
  nodes: number;
  edges: number;
  mode: RenderMode;
  /** The view's API answer as the bench fetched it (elements and positions, warm cache), ms. */
  apiMs: number;
  explorer: PageFigures;
  bare: PageFigures;
  /** explorer / bare for time (lower is better) and bare / explorer for frame rates. */
  ratios: { interactive: number; fpsPanZoom: number; fpsWheel: number };
}

// Scripts run in the page are sent as source text: tsx would otherwise wrap them in helpers that
// the page lacks.
const waitForElements = (nodes: number, edges: number) => `new Promise((resolve) => {
  const check = () => {
    const cy = window.__atlasCy;
    if (cy && cy.nodes().length === ${nodes} && cy.edges().length === ${edges}) {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      return;
    }
    requestAnimationFrame(check);
  };
  check();
})`;

const WAIT_FOR_EXPLORER = `new Promise((resolve) => {
  const check = () => {
    const early = window.__atlasEarlyGraph;
    if (!document.querySelector(".graph-status, .graph-loading") && typeof early !== "object") {
      return resolve(performance.now());
    }
    requestAnimationFrame(check);
  };
  check();
})`;

const MEASURE_FPS = `(async () => {
  const cy = window.__atlasCy;
  const container = cy.container();
  const box = container.getBoundingClientRect();
  const centre = { x: box.width / 2, y: box.height / 2 };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
  const frames = (ms, step) => new Promise((resolve) => {
    let count = 0;
    const start = performance.now();
    const tick = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= ms) return resolve(count / (elapsed / 1000));
      step(elapsed);
      count += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  cy.fit(undefined, 30);
  await settle();
  const panZoom = await frames(2000, (elapsed) => {
    cy.panBy({ x: 4, y: 2 });
    cy.zoom({ level: cy.zoom() * (elapsed < 1000 ? 1.01 : 0.99), renderedPosition: centre });
  });
  cy.fit(undefined, 30);
  await settle();
  const fitted = cy.zoom();
  let wheelZoomed = false;
  // In and out on alternate frames: every event changes the zoom, and the view stays put.
  let events = 0;
  const wheel = await frames(2000, () => {
    wheelZoomed ||= Math.abs(cy.zoom() - fitted) > fitted * 0.01;
    container.dispatchEvent(new WheelEvent("wheel", {
      clientX: box.left + centre.x, clientY: box.top + centre.y,
      deltaY: events++ % 2 === 0 ? -40 : 40, bubbles: true, cancelable: true,
    }));
  });
  wheelZoomed ||= Math.abs(cy.zoom() - fitted) > fitted * 0.01;
  return { panZoom, wheel, wheelZoomed };
})()`;

/** The bare page: Cytoscape alone, fed the same API answer the explorer gets. */
export function barePage(limit: number, mode: RenderMode, size: { width: number; height: number }) {
  // The explorer sizes nodes with nodeSize(influenceWeight); the page gets the same table.
  const sizes = Object.fromEntries(
    Array.from({ length: 400 }, (_, weight) => [weight, nodeSize(weight)]),
  );
  const options = { ...rendererOptions(mode), boxSelectionEnabled: false };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bare Cytoscape</title></head>
<body style="margin:0"><div id="cy" style="width:${size.width}px;height:${size.height}px"></div>
<script src="/__bench/cytoscape.min.js"></script>
<script>
const SIZES = ${JSON.stringify(sizes)};
const sizeOf = (w) => SIZES[w] ?? Math.round(Math.min(84, 26 + 9 * Math.sqrt(w)));
fetch("/api/graph/layout?limit=${limit}").then((r) => r.json()).then((view) => {
  const byId = (a, b) => (a.data.id < b.data.id ? -1 : 1);
  const nodes = [...view.nodes].sort(byId).map(({ data }) => ({
    group: "nodes",
    data: { ...data, influence: data.influenceWeight, size: sizeOf(data.influenceWeight) },
    position: { ...view.positions[data.id] },
  }));
  const edges = [...view.edges].sort(byId).map(({ data }) => ({
    group: "edges", data: { ...data, weight: data.weight ?? 1 },
  }));
  const cy = cytoscape({
    container: document.getElementById("cy"),
    elements: [...nodes, ...edges],
    style: ${JSON.stringify(LARGE_VIEW_STYLESHEET)},
    layout: { name: "preset", fit: false },
    ...${JSON.stringify(options)},
  });
  // Framed from the positions, as the explorer frames a large view (lib/layout/viewport.ts):
  // cy.fit would measure every label and edge first.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const { position, data } of nodes) {
    minX = Math.min(minX, position.x - data.size / 2);
    minY = Math.min(minY, position.y - data.size / 2);
    maxX = Math.max(maxX, position.x + data.size / 2);
    maxY = Math.max(maxY, position.y + data.size / 2);
  }
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(
    (cy.width() - 60) / Math.max(maxX - minX, 1), (cy.height() - 60) / Math.max(maxY - minY, 1))));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (minX + maxX)) / 2, y: (cy.height() - zoom * (minY + maxY)) / 2 } });
  window.__atlasCy = cy;
});
</script></body></html>`;
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function measure(
  context: BrowserContext,
  url: string,
  nodes: number,
  edges: number,
): Promise<PageFigures["runs"][number]> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    const interactiveMs = (await page.evaluate(waitForElements(nodes, edges))) as number;
    const readyMs = (await page.evaluate(WAIT_FOR_EXPLORER)) as number;
    // Frame rates are the steady state: after the page's remaining requests (the explorer's
    // whole-graph names and date ticks) have landed.
    await page.waitForLoadState("networkidle");
    const fps = (await page.evaluate(MEASURE_FPS)) as {
      panZoom: number;
      wheel: number;
      wheelZoomed: boolean;
    };
    if (!fps.wheelZoomed) throw new Error(`wheel events did not zoom ${url}`);
    return { interactiveMs, readyMs, fpsPanZoom: fps.panZoom, fpsWheel: fps.wheel };
  } finally {
    await page.close();
  }
}

async function containerSize(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("the explorer's canvas is not on screen");
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

function figures(runs: PageFigures["runs"]): PageFigures {
  return {
    interactiveMs: median(runs.map((run) => run.interactiveMs)),
    readyMs: median(runs.map((run) => run.readyMs)),
    fpsPanZoom: median(runs.map((run) => run.fpsPanZoom)),
    fpsWheel: median(runs.map((run) => run.fpsWheel)),
    runs,
  };
}

/**
 * Measures each size `runs` times per page, the two pages alternating so that a busy moment on
 * the machine falls on both. Each run is a fresh browser context (nothing cached in the tab); the
 * server's caches are warmed first, as a second visitor would find them.
 */
export async function benchBrowser(
  browser: Browser,
  baseUrl: string,
  options: { sizes?: number[]; runs?: number; modes?: RenderMode[] } = {},
): Promise<SizeFigures[]> {
  const { sizes = BROWSER_SIZES, runs = 3, modes = ["large"] } = options;
  const cytoscapeJs = readFileSync(
    path.resolve("node_modules", "cytoscape", "dist", "cytoscape.min.js"),
    "utf8",
  );
  const results: SizeFigures[] = [];
  for (const mode of modes) {
    for (const target of sizes) {
      const limit = Math.round(target / ELEMENTS_PER_ACTOR);
      const view = (await (await fetch(`${baseUrl}/api/graph/layout?limit=${limit}`)).json()) as {
        nodes: unknown[];
        edges: unknown[];
      };
      const warm = performance.now();
      await fetch(`${baseUrl}/api/graph/layout?limit=${limit}`).then((r) => r.arrayBuffer());
      const apiMs = performance.now() - warm;
      const { length: nodes } = view.nodes;
      const { length: edges } = view.edges;
      const renderer = mode === "large-webgl" ? "webgl" : "canvas";
      const explorerUrl = `${baseUrl}/?limit=${limit}&renderer=${renderer}`;
      const context = () => browser.newContext({ viewport: VIEWPORT });

      // One explorer visit to learn the canvas size the bare page should have.
      const probe = await context();
      const probePage = await probe.newPage();
      await probePage.goto(explorerUrl);
      await probePage.evaluate(waitForElements(nodes, edges));
      const size = await containerSize(probePage);
      await probe.close();

      const explorerRuns: PageFigures["runs"] = [];
      const bareRuns: PageFigures["runs"] = [];
      for (let run = 0; run < runs; run++) {
        const explorer = await context();
        explorerRuns.push(await measure(explorer, explorerUrl, nodes, edges));
        await explorer.close();
        const bare = await context();
        await bare.route(`${baseUrl}/__bench/**`, (route) =>
          route.request().url().endsWith("cytoscape.min.js")
            ? route.fulfill({ contentType: "text/javascript", body: cytoscapeJs })
            : route.fulfill({ contentType: "text/html", body: barePage(limit, mode, size) }),
        );
        bareRuns.push(await measure(bare, `${baseUrl}/__bench/bare`, nodes, edges));
        await bare.close();
      }
      const explorer = figures(explorerRuns);
      const bare = figures(bareRuns);
      results.push({
        target,
        limit,
        nodes,
        edges,
        mode,
        apiMs,
        explorer,
        bare,
        ratios: {
          interactive: explorer.interactiveMs / bare.interactiveMs,
          fpsPanZoom: bare.fpsPanZoom / explorer.fpsPanZoom,
          fpsWheel: bare.fpsWheel / explorer.fpsWheel,
        },
      });
    }
  }
  return results;
}

export function printBrowserTable(results: SizeFigures[]): void {
  const fixed = (n: number, digits = 0) => n.toFixed(digits);
  const rows = results.map((r) => ({
    elements: `${r.nodes + r.edges} (${r.nodes}+${r.edges})`,
    renderer: r.mode === "large-webgl" ? "webgl" : "canvas",
    "api ms": fixed(r.apiMs),
    "interactive ms (app / bare)": `${fixed(r.explorer.interactiveMs)} / ${fixed(r.bare.interactiveMs)}`,
    "× time": fixed(r.ratios.interactive, 2),
    "explorer ready ms": fixed(r.explorer.readyMs),
    "fps pan+zoom (app / bare)": `${fixed(r.explorer.fpsPanZoom, 1)} / ${fixed(r.bare.fpsPanZoom, 1)}`,
    "× fps": fixed(r.ratios.fpsPanZoom, 2),
    "fps wheel (app / bare)": `${fixed(r.explorer.fpsWheel, 1)} / ${fixed(r.bare.fpsWheel, 1)}`,
    "× wheel": fixed(r.ratios.fpsWheel, 2),
  }));
  console.table(rows);
}

/**
 * `npm run bench`'s large-graph part: a production server on a synthetic graph of `actors`
 * actors (its own throwaway Neo4j), the sizes measured in Chromium, the table printed.
 */
export async function runLargeBrowserBench(options: {
  port: number;
  actors?: number;
  runs?: number;
  modes?: RenderMode[];
}): Promise<{ actors: number; loadAverage: number[]; sizes: SizeFigures[] }> {
  const { port, actors = 10_000, runs = 3, modes } = options;
  console.log(`\nBrowser, large views: a synthetic graph of ${actors} actors…`);
  const app = await startThrowawayApp({ port, graph: { syntheticActors: actors }, build: true });
  try {
    const browser = await launchChromium();
    try {
      const loadAverage = os.loadavg();
      const sizes = await benchBrowser(browser, app.baseUrl, { runs, modes });
      console.log(
        `\nNavigation → interactive graph and frames per second, explorer beside a bare Cytoscape page (median of ${runs}; × is explorer cost over bare, aim ≤ 1.2):`,
      );
      printBrowserTable(sizes);
      return { actors, loadAverage, sizes };
    } finally {
      await browser.close();
    }
  } finally {
    await app.stop();
  }
}
