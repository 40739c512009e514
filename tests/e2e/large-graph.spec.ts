import { expect, test, type Page } from "@playwright/test";
import { nodeOnPage } from "@/tests/support/explorer-page";
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
