import { expect, test, type Locator, type Page } from "@playwright/test";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import { footnotedParagraph, pathChain } from "@/lib/analysis/path-text";
import type { ActorRanking } from "@/lib/analysis/rankings";
import { dateTicks } from "@/lib/explorer/date-ticks";
import type { GraphResponse } from "@/lib/graph/types";
import { seriousViolationsWithWcag22 } from "@/tests/support/axe";
import { readCy, waitForGraph } from "@/tests/support/explorer-page";
import { formatRange } from "@/lib/domain/periods";

const IRAN = "iran";
const US_FORCES = "us-forces-in-iraq";

/** What the canvas highlights: the ids carrying the path classes, and whether the rest is dimmed. */
async function highlighted(page: Page) {
  return page.evaluate(() => {
    const cy = window.__atlasCy;
    if (!cy) throw new Error("no Cytoscape instance on the page");
    const ids = (selector: string) =>
      cy
        .$(selector)
        .map((element) => element.id())
        .sort();
    return {
      nodes: ids("node.path-node"),
      edges: ids("edge.path-edge"),
      undimmedOthers: cy.elements().not(".path-node, .path-edge").not(".dimmed").length,
    };
  });
}

function expectedHighlight(path: InfluencePath) {
  return {
    nodes: path.nodes.map((node) => node.id).sort(),
    edges: path.relationships.map((hop) => hop.id).sort(),
    undimmedOthers: 0,
  };
}

/** Types into a labelled actor combobox and picks the actor whose name is exactly `name`. */
async function chooseActor(page: Page, scope: Locator, label: string, query: string, name: string) {
  await scope.getByRole("combobox", { name: label, exact: true }).fill(query);
  await page
    .getByRole("option")
    .filter({ has: page.locator(".actor-search-name").getByText(name, { exact: true }) })
    .click();
}

async function apiPaths(page: Page, from: string, to: string): Promise<InfluencePath[]> {
  const query = new URLSearchParams({ from, to, k: "3", maxHops: "4" });
  const response = await page.request.get(`/api/paths?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { paths: InfluencePath[] }).paths;
}

test("paths from Iran to US forces: found in the explorer, highlighted on the graph, cited", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const paths = await apiPaths(page, IRAN, US_FORCES);
  expect(paths.length).toBeGreaterThan(1);

  await page.goto("/");
  await waitForGraph(page);
  await page.getByRole("button", { name: "Find paths" }).click();
  const panel = page.getByRole("complementary", { name: "Paths between two actors" });
  await chooseActor(page, panel, "From", "Iran", "Iran");
  await chooseActor(page, panel, "To", "US forces", "US forces in Iraq");
  await expect(page).toHaveURL(new RegExp(`pathFrom=${IRAN}&pathTo=${US_FORCES}`));

  const found = panel.getByRole("region", { name: "Paths found" });
  const choices = found.getByRole("radio");
  await expect(choices).toHaveCount(paths.length);
  for (const [index, path] of paths.entries()) {
    // The URL is the state: the radio turns on once the navigation lands.
    await choices.nth(index).click();
    await expect(choices.nth(index)).toBeChecked();
    await expect.poll(() => highlighted(page)).toEqual(expectedHighlight(path));
    const details = found.getByRole("article", { name: "The path on the graph" });
    await expect(details.getByTestId("path-chain")).toHaveText(pathChain(path));
    await expect(details.getByTestId("path-sign")).toContainText(`${path.hostileHops} hostile`);
    // Every hop is cited: each of its passages is quoted, with a link into the reader.
    for (const hop of path.relationships) {
      for (const citation of hop.citations) {
        await expect(
          details
            .getByRole("link", { name: `Open passage in the reader: ${citation.text}` })
            .first(),
        ).toBeVisible();
      }
    }
    if (index === 1) {
      await page.screenshot({ path: "test-results/screenshots/explorer-path.png" });
    }
  }

  // The report paragraph is the footnoted text of the path on screen.
  const last = paths[paths.length - 1]!;
  await found.getByRole("button", { name: "Copy as footnoted paragraph" }).click();
  await expect(found.getByRole("button", { name: "Copied ✓" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    footnotedParagraph(last).text,
  );

  // A passage opens in the reader beside the graph; closing it comes back to the paths.
  const citation = last.relationships[0]!.citations[0]!;
  await found
    .getByRole("button", { name: `Read in context beside the graph: ${citation.text}` })
    .first()
    .click();
  await expect(page.locator(".reader-pane mark.passage.current").first()).toBeInViewport();
  expect((await page.locator(".reader-pane mark.passage.current").allTextContents()).join("")).toBe(
    citation.text,
  );
  await page.getByRole("button", { name: "Close the reader" }).click();
  await expect(panel).toBeVisible();

  // The link reproduces the path on the graph.
  const copy = await context.newPage();
  await copy.goto(page.url());
  await waitForGraph(copy);
  await expect.poll(() => highlighted(copy)).toEqual(expectedHighlight(last));
  await expect(
    copy
      .getByRole("region", { name: "Paths found" })
      .getByRole("radio", { checked: true })
      .locator("xpath=.."),
  ).toContainText(`Path ${paths.length}`);
});

test("a path reaching outside the focused neighbourhood brings its actors into view", async ({
  page,
}) => {
  const focus = "jens-stoltenberg";
  const neighbourhood = (await (
    await page.request.get(`/api/graph?focus=${focus}&depth=1`)
  ).json()) as GraphResponse;
  const present = new Set(neighbourhood.nodes.map(({ data }) => data.id));
  expect(present.has(IRAN)).toBe(false);
  const [first] = await apiPaths(page, IRAN, US_FORCES);
  if (!first) throw new Error("no path from Iran to US forces");

  await page.goto(`/?focus=${focus}&tool=paths&pathFrom=${IRAN}&pathTo=${US_FORCES}`);
  await waitForGraph(page);
  await expect.poll(() => highlighted(page)).toEqual(expectedHighlight(first));
  const view = await readCy(page);
  for (const node of first.nodes) expect(view.positions).toHaveProperty([node.id]);
  expect(view.positions).toHaveProperty([focus]);
  expect(view.visibleNodes).toBe(
    present.size + first.nodes.filter((n) => !present.has(n.id)).length,
  );
  await page.screenshot({ path: "test-results/screenshots/explorer-path-outside-focus.png" });
});

test("size by betweenness orders node sizes as the rankings do; colour by community", async ({
  page,
}) => {
  const rankings = (
    (await (await page.request.get("/api/analysis/rankings")).json()) as { actors: ActorRanking[] }
  ).actors;
  await page.goto("/");
  await waitForGraph(page);
  const widths = () =>
    page.evaluate(() =>
      Object.fromEntries(window.__atlasCy!.nodes().map((node) => [node.id(), node.width()])),
    );
  const before = await widths();

  await page.getByLabel("Size by").selectOption({ label: "Betweenness (brokers)" });
  await expect(page).toHaveURL(/size=betweenness/);
  await expect.poll(widths).not.toEqual(before);
  const after = await widths();
  const byBetweenness = [...rankings].sort((a, b) => b.betweenness - a.betweenness);
  for (let i = 1; i < byBetweenness.length; i += 1) {
    const higher = byBetweenness[i - 1]!;
    const lower = byBetweenness[i]!;
    if (higher.betweenness > lower.betweenness) {
      expect(after[higher.id]).toBeGreaterThan(after[lower.id]!);
    } else {
      expect(after[higher.id]).toBe(after[lower.id]);
    }
  }
  const legend = page.getByTestId("encoding-legend");
  await expect(legend).toContainText("Size: Betweenness");
  await expect(
    legend.getByRole("list", { name: "Largest nodes" }).getByRole("listitem"),
  ).toHaveText(byBetweenness.slice(0, 3).map((actor) => new RegExp(`^${actor.name} \\(`)));

  await page.getByLabel("Colour by").selectOption("community");
  await expect(page).toHaveURL(/color=community/);
  const community = new Map(rankings.map((actor) => [actor.id, actor.community]));
  const colourOf = () =>
    page.evaluate(() =>
      Object.fromEntries(
        window.__atlasCy!.nodes().map((node) => [node.id(), node.style("background-color")]),
      ),
    );
  await expect
    .poll(async () => new Set(Object.values(await colourOf())).size)
    .toBe(new Set(rankings.map((actor) => actor.community)).size);
  const colours = await colourOf();
  const coloursByCommunity = new Map<number | null, Set<string>>();
  for (const [id, colour] of Object.entries(colours)) {
    const key = community.get(id) ?? null;
    coloursByCommunity.set(key, (coloursByCommunity.get(key) ?? new Set()).add(colour));
  }
  // One colour per community, a different one for each.
  for (const set of coloursByCommunity.values()) expect(set.size).toBe(1);
  await expect(legend.getByRole("list", { name: "Communities" }).getByRole("listitem")).toHaveCount(
    coloursByCommunity.size,
  );
  await page
    .getByRole("heading", { name: "Size and colour" })
    .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: "test-results/screenshots/explorer-size-community.png" });

  // The link keeps the encoding.
  await page.reload();
  await waitForGraph(page);
  await expect.poll(widths).toEqual(after);
});

test("brushing a window on the timeline leaves exactly the relationships dated in it", async ({
  page,
}) => {
  const whole = (await (await page.request.get("/api/graph")).json()) as GraphResponse;
  const ticks = dateTicks(whole);
  expect(ticks.length).toBeGreaterThan(4);
  await page.goto("/");
  await waitForGraph(page);
  const before = await readCy(page);

  // Drag from the second period to the one before last.
  const columns = page.getByTestId("timeline-bars").locator("[data-period]");
  await expect(columns).toHaveCount(ticks.length);
  const start = await columns.nth(1).boundingBox();
  const end = await columns.nth(ticks.length - 2).boundingBox();
  if (!start || !end) throw new Error("the timeline strip is not on screen");
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
  await page.mouse.up();

  await expect(page).toHaveURL(/undated=0/);
  const url = new URL(page.url());
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  expect(from).toBe(ticks[1]!.start);
  expect(to).toBe(ticks[ticks.length - 2]!.end);
  const windowed = (await (
    await page.request.get(`/api/graph?${new URLSearchParams({ from: from!, to: to! })}`)
  ).json()) as GraphResponse;
  const expected = windowed.edges.map(({ data }) => data.id).sort();
  const visibleEdges = () =>
    page.evaluate(() =>
      window
        .__atlasCy!.edges()
        .not(".filtered")
        .map((edge) => edge.id())
        .sort(),
    );
  await expect.poll(visibleEdges).toEqual(expected);
  expect(expected.length).toBeLessThan(before.visibleEdges);
  // Every dated relationship left overlaps the window; the sliders show the same window.
  for (const { data } of windowed.edges) {
    if (!data.dateStart) continue;
    expect(data.dateStart <= to! && (data.dateEnd ?? data.dateStart) >= from!).toBe(true);
  }
  await expect(page.getByTestId("timeline-window")).toContainText("Window:");
  await expect(page.getByRole("slider").first()).toHaveAttribute(
    "aria-valuetext",
    formatRange(ticks[1]!.start, ticks[1]!.end),
  );
  await page.screenshot({ path: "test-results/screenshots/explorer-time-brush.png" });

  await page.getByRole("button", { name: "Show all dates" }).click();
  await expect.poll(async () => (await readCy(page)).visibleEdges).toBe(before.visibleEdges);
});

test("a month in the analysis timeline opens the explorer on that month", async ({ page }) => {
  await page.goto("/analysis");
  const link = page.getByRole("link", { name: "Show 2020-02 on the graph" });
  await link.click();
  await expect(page).toHaveURL(/from=2020-02-01&to=2020-02-29&undated=0/);
  await waitForGraph(page);
  const february = (await (
    await page.request.get("/api/graph?from=2020-02-01&to=2020-02-29")
  ).json()) as GraphResponse;
  await expect.poll(async () => (await readCy(page)).visibleEdges).toBe(february.edges.length);
});

test("axe finds no serious or critical violation with the research tools open", async ({
  page,
}) => {
  await page.goto(
    `/?tool=paths&pathFrom=${IRAN}&pathTo=${US_FORCES}&size=betweenness&color=community&from=2020-01-05&undated=0`,
  );
  await waitForGraph(page);
  await expect(page.getByTestId("path-chain")).toBeVisible();
  await expect(page.getByRole("list", { name: "Communities" })).toBeVisible();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
});
