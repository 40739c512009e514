import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import type { RelationshipResponse } from "@/lib/graph/types";
import { E2E_ANALYST } from "@/scripts/lib/harness/accounts";
import { readCy, waitForGraph } from "@/tests/support/explorer-page";

const SOLEIMANI = "qassem-soleimani";

async function downloadText(page: Page, link: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  const path = await file.path();
  return { file, text: await readFile(path, "utf8") };
}

async function openMenu(page: Page, name: string): Promise<void> {
  await page.locator("summary", { hasText: name }).click();
}

test("export the focused view as GraphML and as a Markdown citation list", async ({ page }) => {
  await page.goto(`/?focus=${SOLEIMANI}`);
  await waitForGraph(page);
  const onScreen = await readCy(page);
  const shownIds = await page.evaluate(() => ({
    nodes: window
      .__atlasCy!.nodes()
      .not(".filtered")
      .map((n) => n.id()),
    edges: window
      .__atlasCy!.edges()
      .not(".filtered")
      .map((e) => e.id()),
  }));

  await openMenu(page, "Data…");
  await page.screenshot({ path: "test-results/screenshots/explorer-export-menu.png" });
  const graphml = await downloadText(page, "GraphML (Gephi, Cytoscape)");
  expect(graphml.file.suggestedFilename()).toBe(`influence-atlas-${SOLEIMANI}-depth-1.graphml`);
  const parsed = parseGraphml(MultiDirectedGraph, graphml.text);
  expect(parsed.order).toBe(onScreen.visibleNodes);
  expect(parsed.size).toBe(onScreen.visibleEdges);
  expect(new Set(parsed.nodes())).toEqual(new Set(shownIds.nodes));
  expect(new Set(parsed.edges())).toEqual(new Set(shownIds.edges));
  expect(parsed.getNodeAttribute(SOLEIMANI, "label")).toBe("Qassem Soleimani");

  const markdown = await downloadText(page, "Citation list (Markdown)");
  expect(markdown.file.suggestedFilename()).toBe(`influence-atlas-${SOLEIMANI}-depth-1.md`);
  expect(markdown.text).toContain("**United States** —kills→ **Qassem Soleimani**");
  const response = await page.request.get("/api/relationships/us-kills-soleimani");
  const { relationship } = (await response.json()) as Extract<
    RelationshipResponse,
    { relationship: unknown }
  >;
  for (const citation of relationship.citations) {
    expect(markdown.text).toContain(`“${citation.text}”`);
  }
  expect(markdown.text).toContain(`*${relationship.citations[0]!.documentTitle}*`);
});

test("the export links carry the view's filters", async ({ page }) => {
  await page.goto("/?focus=iran&families=influence&minWeight=2");
  await waitForGraph(page);
  await openMenu(page, "Data…");
  const csv = await downloadText(page, "CSV: relationships");
  expect(csv.file.suggestedFilename()).toBe("influence-atlas-iran-depth-1-edges.csv");
  const rows = csv.text.trim().split("\r\n");
  expect(rows[0]).toMatch(/^id,source,target,type,label,/);
  const familyColumn = rows[0]!.split(",").indexOf("family");
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows.slice(1)) expect(row.split(",")[familyColumn]).toBe("influence");
});

test("save a view with a name, then open it from the list and by its link in a fresh page", async ({
  page,
  browser,
}) => {
  const state = "focus=iran&depth=2&families=influence,hostility&minWeight=2&sel=n:iran";
  await page.goto(`/?${state}`);
  await waitForGraph(page);
  const original = await readCy(page);
  expect(original.selected).toEqual(["iran"]);

  await openMenu(page, "Views…");
  await page.getByRole("button", { name: "Save this view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save this view" });
  await expect(dialog).toBeVisible();
  const name = `Iran's reach, two steps ${Date.now()}`;
  await dialog.getByLabel("Name").fill(name);
  await page.screenshot({ path: "test-results/screenshots/explorer-save-view.png" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByRole("status")).toContainText(`Saved “${name}”`);
  const link = await dialog.getByRole("link").getAttribute("href");
  expect(link).toMatch(/^\/views\/[0-9a-f]{16}$/);
  await dialog.getByRole("button", { name: "Close" }).click();

  // Somewhere else first, then back through the list of saved views: signed out, the views this
  // browser saved (no server lists anonymous views).
  await page.goto("/");
  await waitForGraph(page);
  await openMenu(page, "Views…");
  await expect(page.getByRole("heading", { name: "Saved from this browser" })).toBeVisible();
  // The same words are in the (closed) save dialog: the menu's copy is the one asked for.
  const menu = page.locator(".toolbar-menu-body", { hasText: "Save this view…" });
  await expect(
    menu.getByText("Anyone with the link can open this view; only you see it in this list."),
  ).toBeVisible();
  const list = page.getByRole("list", { name: "Saved views, newest first" });
  await expect(list.getByRole("link").first()).toHaveText(name);
  await page.screenshot({ path: "test-results/screenshots/explorer-saved-views.png" });
  await list.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/\?focus=iran/);
  const params = (url: string) => Object.fromEntries(new URL(url).searchParams);
  expect(params(page.url())).toEqual(Object.fromEntries(new URLSearchParams(state)));
  await waitForGraph(page);
  const fromList = await readCy(page);
  expect(fromList.selected).toEqual(["iran"]);
  expect(fromList.visibleNodes).toBe(original.visibleNodes);
  expect(fromList.visibleEdges).toBe(original.visibleEdges);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link!);
  await waitForGraph(fresh);
  expect(params(fresh.url())).toEqual(params(page.url()));
  const byLink = await readCy(fresh);
  expect(byLink.selected).toEqual(["iran"]);
  expect(byLink.visibleNodes).toBe(original.visibleNodes);
  expect(byLink.visibleEdges).toBe(original.visibleEdges);
  await expect(fresh.getByLabel("Depth")).toHaveValue("2");
  // Another browser opens the view by its link but does not find it listed.
  await openMenu(fresh, "Views…");
  await expect(fresh.getByText("None yet.")).toBeVisible();
  await fresh.close();
});

test("signed in, the Views menu lists the account's own views and deletes them", async ({
  page,
}) => {
  const login = await page.request.post("/api/auth/login", { data: E2E_ANALYST });
  expect(login.status()).toBe(200);
  await page.goto("/?focus=iran");
  await waitForGraph(page);
  await openMenu(page, "Views…");
  await expect(page.getByRole("heading", { name: "Saved by analyst" })).toBeVisible();
  await page.getByRole("button", { name: "Save this view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save this view" });
  const name = `Analyst's Iran ${Date.now()}`;
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByRole("status")).toContainText(`Saved “${name}”`);
  await dialog.getByRole("button", { name: "Close" }).click();
  const list = page.getByRole("list", { name: "Saved views, newest first" });
  await expect(list.getByRole("link").first()).toHaveText(name);
  await page.screenshot({ path: "test-results/screenshots/explorer-saved-views-signed-in.png" });
  // The list comes from the server: a signed-out request for it is refused.
  const signedOut = await page.context().browser()!.newContext();
  expect((await signedOut.request.get(`${new URL(page.url()).origin}/api/views`)).status()).toBe(
    401,
  );
  await signedOut.close();
  await list.getByRole("button", { name: `Delete “${name}”` }).click();
  await expect(list.getByRole("link", { name })).toHaveCount(0);
});

test("the paths found on /analysis download as a Markdown citation list", async ({ page }) => {
  await page.goto("/analysis");
  const form = page.getByRole("form", { name: "Find paths" });
  await form.getByLabel("From", { exact: true }).selectOption({ label: "Iran" });
  await form.getByLabel("To", { exact: true }).selectOption({ label: "US forces in Iraq" });
  await form.getByRole("button", { name: "Find paths" }).click();
  const downloads = page.getByRole("navigation", { name: "Download these paths" });
  await expect(downloads).toBeVisible();
  const chain = await page.getByTestId("path-chain").first().innerText();
  await downloads.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/analysis-path-export.png" });
  const markdown = await downloadText(page, "Citation list (Markdown)");
  expect(markdown.file.suggestedFilename()).toBe(
    "influence-atlas-paths-iran-to-us-forces-in-iraq.md",
  );
  expect(markdown.text.replace(/\\(.)/g, "$1")).toContain(chain.replace(/\s+/g, " ").trim());
});

test("an unknown saved view is a 404 page", async ({ page }) => {
  const response = await page.goto("/views/0123456789abcdef");
  expect(response?.status()).toBe(404);
});
