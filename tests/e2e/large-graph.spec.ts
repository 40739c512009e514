import { expect, test, type Page } from "@playwright/test";
import { seriousViolationsWithWcag22 } from "@/tests/support/axe";
import { nodeOnPage } from "@/tests/support/explorer-page";
import { FocusTotalsSchema, GraphResponseSchema } from "@/lib/graph/types";
import { GraphSummarySchema } from "@/lib/summary/types";
import { thousands } from "@/lib/explorer/view-note";
import type { AppServer } from "@/scripts/lib/harness/app-server";
import { startThrowawayApp } from "@/scripts/lib/harness/throwaway-app";
import { freePort } from "@/scripts/lib/harness/throwaway-neo4j";

// A second production server on a synthetic graph of 10,000 actors and ~70,000 links, with a
// Neo4j of its own. Generous timeouts: the point is that the tab stays usable, not how fast it is
// (speed is measured by `npm run bench`).
const ACTORS = 10_000;
let app: AppServer;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  app = await startThrowawayApp({ port: await freePort(), graph: { syntheticActors: ACTORS } });
});

test.afterAll(async () => {
  await app?.stop();
});

async function waitForNodes(page: Page, count: number) {
  await page.waitForFunction((n) => (window.__atlasCy?.nodes().length ?? 0) === n, count, {
    timeout: 180_000,
  });
}

/** Zooms in on one node of the view, clicks it, and checks that its panel opens. */
async function clickANode(page: Page) {
  const id = await page.evaluate(() => {
    const cy = window.__atlasCy;
    if (!cy) throw new Error("no Cytoscape instance on the page");
    // The best-connected node of the view, brought to the middle at a zoom where nodes are apart.
    const node = cy.nodes().max((n) => n.degree(false)).ele;
    cy.zoom(2);
    cy.center(node);
    return node.id();
  });
  const point = await nodeOnPage(page, id);
  await page.mouse.click(point.x, point.y);
  // Whatever node lies on top there is the one selected: its panel must open with its name.
  await expect(page).toHaveURL(/sel=n/, { timeout: 60_000 });
  const selected = await page.evaluate(() => {
    const node = window.__atlasCy?.$("node:selected");
    return node && node.nonempty() ? String(node.data("label")) : null;
  });
  expect(selected).not.toBeNull();
  await expect(page.getByRole("heading", { name: selected!, level: 2 })).toBeVisible({
    timeout: 60_000,
  });
}

test("a 10,000-actor graph opens on its summary; a community opens and a click selects an actor", async ({
  page,
}) => {
  await page.goto(app.baseUrl);
  await expect(page.getByRole("heading", { name: /^Summary of 10,000 actors/ })).toBeVisible({
    timeout: 180_000,
  });
  await page.waitForFunction(() => (window.__atlasSummaryCy?.nodes().length ?? 0) > 0);
  const communities = await page.evaluate(
    () => window.__atlasSummaryCy?.nodes(".community").length ?? 0,
  );
  expect(communities).toBeGreaterThan(1);
  // The filter panel counts what the summary shows, not the 0 actors of an empty graph.
  const summary = GraphSummarySchema.parse(
    await (await page.request.get(`${app.baseUrl}/api/graph/summary`)).json(),
  );
  const links = summary.totals.relationships + summary.totals.memberships;
  await expect(page.getByTestId("filter-counts")).toContainText(
    `Showing ${summary.communities.length} communities of 10,000 actors and ${thousands(links)} links`,
  );
  await page.screenshot({ path: "test-results/screenshots/large-graph-summary.png" });

  await page.getByRole("button", { name: "Community 1", exact: true }).click();
  await expect(page).toHaveURL(/community=1/);
  await expect(page.getByText(/^Community 1: 1,000 of its/)).toBeVisible({ timeout: 180_000 });
  await waitForNodes(page, 1000);
  await page.screenshot({ path: "test-results/screenshots/large-graph-community.png" });
  await clickANode(page);

  await page.getByRole("button", { name: "Back to the summary" }).click();
  await expect(page.getByRole("heading", { name: /^Summary of 10,000 actors/ })).toBeVisible();
});

test("the 2,000 best-connected actors (10,000 elements) draw and a click selects an actor", async ({
  page,
}) => {
  await page.goto(`${app.baseUrl}/?limit=2000`);
  await waitForNodes(page, 2000);
  const edges = await page.evaluate(() => window.__atlasCy?.edges().length ?? 0);
  expect(2000 + edges).toBe(10_000);
  await page.screenshot({ path: "test-results/screenshots/large-graph-10k-elements.png" });
  await clickANode(page);
});

test("the WebGL renderer draws a large view and picks the node clicked", async ({ page }) => {
  await page.goto(`${app.baseUrl}/?community=2&limit=300&renderer=webgl`);
  await waitForNodes(page, 300);
  const webgl = await page.evaluate(
    () => document.querySelector('[data-testid="graph-canvas"] canvas[data-id$="-webgl"]') !== null,
  );
  expect(webgl).toBe(true);
  await clickANode(page);
});

/** The boxes of the timeline's labels that overlap the one before them, left to right. */
async function overlappingTimelineLabels(page: Page) {
  const boxes = await page
    .getByTestId("timeline-bars")
    .locator(".timeline-label")
    .evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.getBoundingClientRect();
        return { text: label.textContent ?? "", left: box.left, right: box.right };
      }),
    );
  expect(boxes.length).toBeGreaterThan(0);
  boxes.sort((a, b) => a.left - b.left);
  return boxes.filter((box, i) => i > 0 && box.left < boxes[i - 1]!.right);
}

test("a hub focused at depth 2 says what it shows of how many, labels its largest, and the timeline stays readable", async ({
  page,
}) => {
  // The best-connected actor of the graph.
  const top = GraphResponseSchema.parse(
    await (await page.request.get(`${app.baseUrl}/api/graph?limit=1`)).json(),
  );
  const hub = top.nodes[0]!.data;
  const view = GraphResponseSchema.parse(
    await (
      await page.request.get(`${app.baseUrl}/api/graph?focus=${hub.id}&depth=2&limit=1000`)
    ).json(),
  );
  expect(view.counts.nodes).toBe(1000);
  // A hub's 2-step neighbourhood is too large to count within /api/graph: its exact totals come
  // from /api/graph/totals, as the explorer fetches them.
  const totals =
    view.counts.matchedActors === null || view.counts.matchedEdges === null
      ? FocusTotalsSchema.parse(
          await (
            await page.request.get(`${app.baseUrl}/api/graph/totals?focus=${hub.id}&depth=2`)
          ).json(),
        )
      : { matchedActors: view.counts.matchedActors, matchedEdges: view.counts.matchedEdges };
  expect(totals.matchedActors).toBeGreaterThan(view.counts.nodes);
  expect(totals.matchedEdges).toBeGreaterThan(view.counts.edges);

  await page.goto(`${app.baseUrl}/?focus=${hub.id}&depth=2`);
  await waitForNodes(page, view.counts.nodes);
  const note = page.getByTestId("cut-note");
  await expect(note).toContainText(
    `${hub.label}’s 2-step neighbourhood: ${thousands(view.counts.nodes)} strongest of ` +
      `${thousands(totals.matchedActors)} actors and ${thousands(view.counts.edges)} of ` +
      `${thousands(totals.matchedEdges)} links`,
    { timeout: 60_000 },
  );

  // The focus and the largest actors whose labels have room are named at the fitted zoom, at a
  // readable size, no two labels on each other; the rest wait for the zoom (their labels are
  // drawn only from 14 px on screen).
  const labels = () =>
    page.evaluate((focus) => {
      const cy = window.__atlasCy!;
      const px = (value: string) => parseFloat(value);
      const labelled = cy.nodes(".labelled");
      const other = cy.nodes().not(".labelled").first();
      const boxes = labelled.map((n) => ({
        id: n.id(),
        ...n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          .map((b) => `${a.id} on ${b.id}`),
      );
      return {
        count: labelled.length,
        focusLabelled: cy.getElementById(focus).hasClass("labelled"),
        smallestOnScreen: Math.min(...labelled.map((n) => px(n.style("font-size")) * cy.zoom())),
        otherOnScreen: px(other.style("font-size")) * cy.zoom(),
        otherThreshold: px(other.style("min-zoomed-font-size")),
        overlapping,
      };
    }, hub.id);
  const fitted = await labels();
  expect(fitted.focusLabelled).toBe(true);
  expect(fitted.count).toBeGreaterThanOrEqual(3);
  expect(fitted.count).toBeLessThanOrEqual(11);
  expect(fitted.smallestOnScreen).toBeGreaterThanOrEqual(12);
  expect(fitted.otherOnScreen).toBeLessThan(fitted.otherThreshold);
  expect(fitted.overlapping).toEqual([]);

  expect(await overlappingTimelineLabels(page)).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/large-graph-hub-depth-2.png" });
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);

  // Zoomed in, more of the largest actors have room, still none on another.
  await page.evaluate(() => {
    const cy = window.__atlasCy!;
    cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect.poll(async () => (await labels()).count).toBeGreaterThanOrEqual(fitted.count);
  expect((await labels()).overlapping).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/large-graph-hub-zoomed.png" });

  // This graph dates its ties by year: twenty columns fit a desktop's strip, not a phone's, where
  // the strip bins by year and labels every other one or fewer, never one on another.
  await page.setViewportSize({ width: 480, height: 800 });
  const bars = page.getByTestId("timeline-bars");
  await expect(bars).toHaveAttribute("data-unit", "year");
  const columns = await bars.locator("[data-period]").count();
  const labelled = await bars.locator(".timeline-label").count();
  expect(labelled).toBeLessThan(columns);
  expect(labelled).toBeGreaterThan(1);
  expect(await overlappingTimelineLabels(page)).toEqual([]);
  await bars.screenshot({ path: "test-results/screenshots/large-graph-timeline-phone.png" });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Narrow: the filters, from their first box. Show more: twice the actors, the totals unchanged.
  await note.getByRole("button", { name: "narrow by family or weight" }).click();
  await expect(page.getByRole("checkbox", { name: "Influence", exact: true })).toBeFocused();
  await note.getByRole("button", { name: "show more" }).click();
  await expect(page).toHaveURL(/limit=2000/);
  await waitForNodes(page, 2000);
  await expect(page.getByTestId("cut-note")).toContainText(
    `2,000 strongest of ${thousands(totals.matchedActors)} actors`,
    { timeout: 60_000 },
  );
  await expect(page.getByTestId("cut-note").getByRole("button", { name: "show more" })).toHaveCount(
    0,
  );
  expect(await overlappingTimelineLabels(page)).toEqual([]);
});

test("/analysis on the 10,000-actor graph shows the jobs' progress, then the rankings, while the explorer keeps answering", async ({
  page,
  context,
}) => {
  await page.goto(`${app.baseUrl}/analysis`);
  // The page answers at once with the jobs' progress (server-rendered, then polled).
  const bar = page.getByRole("progressbar", { name: "Rankings progress" });
  await expect(bar).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Balance progress" })).toBeAttached();
  await page.screenshot({ path: "test-results/screenshots/analysis-10k-progress.png" });

  // Meanwhile the explorer in another tab opens its summary and answers a search.
  const explorer = await context.newPage();
  await explorer.goto(app.baseUrl);
  await expect(explorer.getByRole("heading", { name: /^Summary of 10,000 actors/ })).toBeVisible({
    timeout: 180_000,
  });
  const search = await explorer.request.get(`${app.baseUrl}/api/actors?q=a`);
  expect(search.status()).toBe(200);
  await explorer.close();

  await expect(page.getByRole("table", { name: "Actor rankings" })).toBeVisible({
    timeout: 180_000,
  });
  await expect(page.getByText(/^The 200 actors with the highest PageRank of 10,000/)).toBeVisible();
  await expect(
    page.getByText(/Betweenness is sampled: Brandes–Pich estimate from 400 of 10,000/),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /Strained alliances/ })).toBeVisible();
  await expect(page.getByText(/Listing the first/)).toBeVisible({ timeout: 180_000 });
  // Keyboard: the sort buttons of the table are reachable and work.
  const byBetweenness = page.getByRole("button", { name: /^Betweenness/ });
  await byBetweenness.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("columnheader", { name: /^Betweenness/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await page.screenshot({ path: "test-results/screenshots/analysis-10k-done.png", fullPage: true });
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
});
