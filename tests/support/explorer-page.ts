import type { Locator, Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** What the tests read from the explorer's Cytoscape instance (exposed as window.__atlasCy). */
export interface CyView {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
  selected: string[];
  positions: Record<string, { x: number; y: number }>;
}

export async function readCy(page: Page): Promise<CyView> {
  return page.evaluate(() => {
    const cy = window.__atlasCy;
    if (!cy) throw new Error("no Cytoscape instance on the page");
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      visibleNodes: cy.nodes().not(".filtered").length,
      visibleEdges: cy.edges().not(".filtered").length,
      selected: cy.$(":selected").map((element) => element.id()),
      positions,
    };
  });
}

/** Waits until the graph has loaded and drawn at least `minNodes` nodes. */
export async function waitForGraph(page: Page, minNodes = 1): Promise<void> {
  // Generous waits: the first queries against a fresh database are slow on a busy machine.
  await page.waitForFunction((min) => (window.__atlasCy?.nodes().length ?? 0) >= min, minNodes, {
    timeout: 30_000,
  });
  await expect(page.getByText("Loading the graph…")).toHaveCount(0, { timeout: 30_000 });
}

/** Where a node is drawn, in page coordinates. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => {
    const node = window.__atlasCy?.getElementById(nodeId);
    if (!node || node.empty()) throw new Error(`no node ${nodeId}`);
    return node.renderedPosition();
  }, id);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("the graph canvas is not on screen");
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** The middle of an edge as drawn, in page coordinates. */
export async function edgeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((edgeId) => {
    const edge = window.__atlasCy?.getElementById(edgeId);
    if (!edge || edge.empty()) throw new Error(`no edge ${edgeId}`);
    return edge.renderedMidpoint();
  }, id);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("the graph canvas is not on screen");
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** Presses Tab until `target` has keyboard focus (at most `limit` times). */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const focused = await target
      .first()
      .evaluate((element) => element === document.activeElement)
      .catch(() => false);
    if (focused) return;
  }
  throw new Error(`${target} never received focus after ${limit} Tab presses`);
}
