import { expect, test, type Page } from "@playwright/test";
import type { ActorDetailResponse, GraphResponse } from "@/lib/graph/types";
import { edgeOnPage, nodeOnPage, readCy, tabTo, waitForGraph } from "@/tests/support/explorer-page";

const SOLEIMANI = "qassem-soleimani";
const UNITED_STATES = "united-states";

async function usRelationship(page: Page) {
  const response = await page.request.get(`/api/actors/${SOLEIMANI}`);
  const detail = (await response.json()) as ActorDetailResponse;
  const relationship = detail.relationships.find(
    (r) => r.source === UNITED_STATES || r.target === UNITED_STATES,
  );
  if (!relationship) throw new Error("the seed has no Soleimani – United States relationship");
  return relationship;
}

async function searchAndFocus(page: Page, query: string, name: string) {
  await page.getByRole("combobox", { name: "Find an actor" }).fill(query);
  await page.getByRole("option", { name: new RegExp(name) }).click();
}

test("search Soleimani, focus him, and read the relationship with the United States and its passage", async ({
  page,
}) => {
  const relationship = await usRelationship(page);
  const citation = relationship.citations[0];
  if (!citation) throw new Error("the relationship has no citation");

  await page.goto("/");
  await waitForGraph(page);
  await searchAndFocus(page, "Soleimani", "Qassem Soleimani");
  await expect(page).toHaveURL(new RegExp(`focus=${SOLEIMANI}`));
  await waitForGraph(page);
  expect((await readCy(page)).selected).toEqual([SOLEIMANI]);

  const panel = page.getByRole("complementary", { name: "Qassem Soleimani" });
  await expect(panel.getByRole("heading", { name: "Qassem Soleimani", level: 2 })).toBeVisible();
  const item = panel.getByRole("article", { name: relationship.summary });
  await expect(item.getByRole("button", { name: "United States", exact: true })).toBeVisible();
  await expect(item.getByText(relationship.kind, { exact: true })).toBeVisible();
  await expect(item.locator("blockquote")).toContainText(citation.text);

  await item.getByRole("link", { name: `Open passage in the reader: ${citation.text}` }).click();
  await expect(page).toHaveURL(
    new RegExp(
      `/documents/${citation.documentId}\\?passage=${encodeURIComponent(citation.passageId)}`,
    ),
  );
  const highlighted = page.locator("mark.passage.current");
  await expect(highlighted.first()).toBeInViewport();
  const text = (await highlighted.allTextContents()).join("");
  expect(text).toBe(citation.text);
});

test("clicking a node opens its panel, clicking an edge the relationship with all its passages", async ({
  page,
}) => {
  const relationship = await usRelationship(page);
  await page.goto(`/?focus=${SOLEIMANI}`);
  await waitForGraph(page);

  const node = await nodeOnPage(page, UNITED_STATES);
  await page.mouse.click(node.x, node.y);
  await expect(page.getByRole("heading", { name: "United States", level: 2 })).toBeVisible();

  const middle = await edgeOnPage(page, relationship.id);
  await page.mouse.click(middle.x, middle.y);
  await expect(page).toHaveURL(new RegExp(`sel=e(%3A|:)${relationship.id}`));
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText(
    `${relationship.sourceName} ${relationship.kind} ${relationship.targetName}`,
  );
  await expect(panel.locator("blockquote")).toHaveCount(relationship.citations.length);
  for (const citation of relationship.citations) {
    await expect(panel.getByText(citation.text)).toBeVisible();
  }
});

test("the hostility-only filter leaves exactly the API's hostility edges", async ({ page }) => {
  const response = await page.request.get("/api/graph?families=hostility");
  const hostility = (await response.json()) as GraphResponse;
  expect(hostility.edges.length).toBeGreaterThan(0);

  await page.goto("/");
  await waitForGraph(page);
  const before = await readCy(page);
  expect(before.visibleEdges).toBeGreaterThan(hostility.edges.length);

  await page.getByRole("button", { name: "Hostility only" }).click();
  await expect(page).toHaveURL(/families=hostility/);
  await expect.poll(async () => (await readCy(page)).visibleEdges).toBe(hostility.edges.length);
  await expect(page.getByTestId("filter-counts")).toContainText(
    `Showing ${hostility.nodes.length} actors and ${hostility.edges.length} links`,
  );
  const families = await page.evaluate(() => [
    ...new Set(
      window.__atlasCy
        ?.edges()
        .not(".filtered")
        .map((edge) => edge.data("family")),
    ),
  ]);
  expect(families).toEqual(["hostility"]);
});

test("a copied URL reproduces the view, dragged positions included; back and forward work", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForGraph(page);
  await searchAndFocus(page, "Soleimani", "Qassem Soleimani");
  await page.getByLabel("Depth").selectOption("2");
  await page.getByLabel("Layout").selectOption("concentric");
  // The URL is the state, so the box changes once the navigation lands.
  await page.getByRole("checkbox", { name: "Membership" }).click();
  await expect(page.getByRole("checkbox", { name: "Membership" })).not.toBeChecked();
  await expect(page).toHaveURL(/layout=concentric/);
  await waitForGraph(page);

  // Drag the United States somewhere else.
  const start = await nodeOnPage(page, UNITED_STATES);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 45, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/pos=united-states_/);
  await page.getByRole("button", { name: "United States", exact: true }).first().click();
  await expect(page).toHaveURL(/sel=n%3Aunited-states|sel=n:united-states/);
  const original = await readCy(page);

  const copy = await context.newPage();
  await copy.goto(page.url());
  await waitForGraph(copy, original.nodes);
  const reproduced = await readCy(copy);
  expect(reproduced.nodes).toBe(original.nodes);
  expect(reproduced.visibleEdges).toBe(original.visibleEdges);
  expect(reproduced.selected).toEqual([UNITED_STATES]);
  for (const [id, position] of Object.entries(original.positions)) {
    expect(Math.abs((reproduced.positions[id]?.x ?? Infinity) - position.x)).toBeLessThanOrEqual(1);
    expect(Math.abs((reproduced.positions[id]?.y ?? Infinity) - position.y)).toBeLessThanOrEqual(1);
  }
  await expect(copy.getByRole("checkbox", { name: "Membership" })).not.toBeChecked();
  await expect(copy.getByLabel("Layout")).toHaveValue("concentric");
  await expect(copy.getByRole("heading", { name: "United States", level: 2 })).toBeVisible();

  await copy.getByRole("button", { name: "Reset" }).click();
  await expect(copy.getByText("Whole graph")).toBeVisible();
  await copy.goBack();
  await expect(copy.getByText(/Focused on/)).toContainText("Qassem Soleimani");
  await copy.goForward();
  await expect(copy.getByText("Whole graph")).toBeVisible();
});

test("expanding a node adds its strongest neighbours first, then the rest on request", async ({
  page,
}) => {
  await page.goto(`/?focus=${SOLEIMANI}&sel=n:${SOLEIMANI}`);
  await waitForGraph(page);
  const before = await readCy(page);
  const response = await page.request.get(`/api/graph?focus=${UNITED_STATES}&depth=1`);
  const neighbourhood = (await response.json()) as GraphResponse;
  const fresh = neighbourhood.nodes.filter(({ data }) => !(data.id in before.positions)).length;
  expect(fresh).toBeGreaterThan(0);

  await page.getByRole("button", { name: "United States", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "United States", level: 2 })).toBeVisible();
  await page.getByRole("button", { name: "Expand neighbours" }).click();
  await expect(page).toHaveURL(/expand=united-states/);
  await expect.poll(async () => (await readCy(page)).nodes).toBe(before.nodes + Math.min(8, fresh));
  if (fresh > 8) {
    await page.getByRole("button", { name: `and ${fresh - 8} more` }).click();
    await expect.poll(async () => (await readCy(page)).nodes).toBe(before.nodes + fresh);
  }
  // Expanding keeps what was there.
  const after = await readCy(page);
  for (const id of Object.keys(before.positions)) expect(after.positions).toHaveProperty([id]);
});

test("the main path by keyboard alone", async ({ page }) => {
  const relationship = await usRelationship(page);
  const citation = relationship.citations[0];
  if (!citation) throw new Error("the relationship has no citation");
  await page.goto("/");
  await waitForGraph(page);

  const search = page.getByRole("combobox", { name: "Find an actor" });
  await tabTo(page, search);
  await page.keyboard.type("Soleiman");
  await expect(page.getByRole("option", { name: /Qassem Soleimani/ })).toBeVisible();
  // Arrow down through the suggestions to him, however many others match.
  for (let i = 0; i < 10; i += 1) {
    const active = await page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option", { selected: true })
      .textContent();
    if (active?.includes("Qassem Soleimani")) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`focus=${SOLEIMANI}`));
  await waitForGraph(page);

  await expect(page.getByRole("heading", { name: "Qassem Soleimani", level: 2 })).toBeVisible();
  const link = page
    .getByRole("complementary")
    .getByRole("link", { name: `Open passage in the reader: ${citation.text}` });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/documents/${citation.documentId}`));
  await expect(page.locator("mark.passage.current").first()).toBeFocused();
});

test("the canvas by keyboard: arrows select, E expands, Enter focuses, Escape clears", async ({
  page,
}) => {
  await page.goto(`/?focus=${SOLEIMANI}`);
  await waitForGraph(page);
  await tabTo(page, page.getByRole("application"));
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await readCy(page)).selected.length).toBe(1);
  const [selected] = (await readCy(page)).selected;
  await expect(page).toHaveURL(new RegExp(`sel=n(%3A|:)${selected}`));
  await page.keyboard.press("e");
  await expect(page).toHaveURL(new RegExp(`expand=${selected}`));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`focus=${selected}`));
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await readCy(page)).selected).toEqual([]);
});

test("a passage opens in the reader beside the graph, and the link keeps it open", async ({
  page,
  context,
}) => {
  const relationship = await usRelationship(page);
  const citation = relationship.citations[0];
  if (!citation) throw new Error("the relationship has no citation");
  await page.goto(`/?focus=${SOLEIMANI}&sel=n:${SOLEIMANI}`);
  await waitForGraph(page);
  await page
    .getByRole("article", { name: relationship.summary })
    .getByRole("button", { name: `Read in context beside the graph: ${citation.text}` })
    .click();
  await expect(page).toHaveURL(/read=/);
  const pane = page.getByRole("complementary").filter({ has: page.locator(".document-text") });
  const current = pane.locator("mark.passage.current");
  await expect(current.first()).toBeInViewport();
  expect((await current.allTextContents()).join("")).toBe(citation.text);
  expect((await readCy(page)).visibleNodes).toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/screenshots/explorer-reader-beside.png" });

  const copy = await context.newPage();
  await copy.goto(page.url());
  await expect(copy.locator(".reader-pane mark.passage.current").first()).toBeInViewport();

  await pane.getByRole("button", { name: "Close the reader" }).click();
  await expect(page.getByRole("heading", { name: "Qassem Soleimani", level: 2 })).toBeVisible();
});

test("export the view as PNG, SVG and JSON", async ({ page }) => {
  await page.goto(`/?focus=${SOLEIMANI}`);
  await waitForGraph(page);
  const view = await readCy(page);
  for (const [button, name] of [
    ["PNG", "influence-atlas.png"],
    ["SVG", "influence-atlas.svg"],
    ["JSON", "influence-atlas.json"],
  ] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: button, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    if (button === "JSON") {
      const path = await file.path();
      const { readFile } = await import("node:fs/promises");
      const json = JSON.parse(await readFile(path, "utf8")) as { elements: unknown[] };
      expect(json.elements).toHaveLength(view.visibleNodes + view.visibleEdges);
    }
  }
});

test("the list view shows the same actors and links as the graph, under the same filters", async ({
  page,
}) => {
  await page.goto("/?families=hostility");
  await waitForGraph(page);
  const view = await readCy(page);
  await page.getByRole("button", { name: "List" }).click();
  const list = page.getByTestId("list-view");
  await expect(list.getByRole("table", { name: /Actors shown/ }).locator("tbody tr")).toHaveCount(
    view.visibleNodes,
  );
  await expect(
    list.getByRole("table", { name: /Relationships shown/ }).locator("tbody tr"),
  ).toHaveCount(view.visibleEdges);
  const first = list
    .getByRole("table", { name: /Relationships shown/ })
    .locator("tbody tr")
    .first();
  await first.getByText(/passages?$/).click();
  await expect(first.locator("blockquote").first()).toBeVisible();
});

test("on a phone the details open as a drawer", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?focus=${SOLEIMANI}&sel=n:${SOLEIMANI}`);
  await waitForGraph(page);
  const panel = page.getByRole("complementary", { name: "Qassem Soleimani" });
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe("fixed");
  const box = await panel.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screenshots/explorer-phone.png" });
  await panel.getByRole("button", { name: "Close details" }).click();
  await expect(panel).toHaveCount(0);
});
