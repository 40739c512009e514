import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ANALYST } from "@/scripts/lib/harness/accounts";
import type { AppServer } from "@/scripts/lib/harness/app-server";
import { waitForGraph } from "@/tests/support/explorer-page";
import { startSeededServer } from "@/tests/support/second-app-server";

// A graph whose names, passages and labels are markup (tests/fixtures/hostile-seed), served by a
// second app on its own throwaway Neo4j, so the shared e2e graph is untouched.
const IMG = "<img src=x onerror=alert(1)>";
const SVG = '"><svg onload=alert(3)>';
const SCRIPT_PASSAGE = "A leaflet read: <script>alert(2)</script> and nothing more.";

let server: AppServer;
// This app and its database are fresh: first navigations and queries are slow on a busy machine.
const FIRST_LOAD = { timeout: 30_000 };

test.beforeAll(async () => {
  // A Neo4j of its own starts here: slow on a busy machine.
  test.setTimeout(300_000);
  server = await startSeededServer(path.resolve("tests/fixtures/hostile-seed"));
});

test.afterAll(async () => {
  await server.stop();
});

/** Every dialog the page opens; a working payload would open one (alert). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** No element that the payloads would create if they were parsed as HTML. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("[onerror], [onload]")).toHaveCount(0);
  await expect(
    page.locator("u, i, b").filter({ hasText: /commander|early|Nowhere|Fixtures/ }),
  ).toHaveCount(0);
  const injectedScripts = await page.evaluate(
    () => [...document.scripts].filter((script) => /^\s*alert\(\d\)\s*$/.test(script.text)).length,
  );
  expect(injectedScripts).toBe(0);
}

test("the explorer shows hostile names, passages and roles as text, and exports them escaped", async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await page.goto(server.baseUrl);
  await waitForGraph(page, 3);
  await page.getByRole("combobox", { name: "Find an actor" }).fill("onerror");
  const option = page.getByRole("option", { name: new RegExp(IMG.replace(/[()]/g, "\\$&")) });
  await expect(option).toContainText(IMG, FIRST_LOAD);
  await option.click();
  await expect(page).toHaveURL(/focus=hostile-img/);
  await waitForGraph(page, 3);

  const panel = page.getByRole("complementary", { name: IMG });
  await expect(panel.getByRole("heading", { name: IMG, level: 2 })).toBeVisible(FIRST_LOAD);
  await expect(panel.getByText("</textarea><img src=x onerror=alert(7)>")).toBeVisible();
  await expect(panel.getByText("<u>commander</u>")).toBeVisible();
  const threat = panel.getByRole("article", {
    name: "Threatens Plain State, as the <script>alert(2)</script> leaflet shows.",
  });
  await expect(threat.locator("blockquote").filter({ hasText: SCRIPT_PASSAGE })).toBeVisible();
  await expectNoInjectedMarkup(page);
  await page.screenshot({ path: "test-results/screenshots/hostile-explorer.png" });

  const download = page.waitForEvent("download");
  await page
    .getByRole("group", { name: "Export the current view" })
    .getByRole("button", { name: "SVG" })
    .click();
  const svg = readFileSync(await (await download).path(), "utf8");
  // Labels wrap over several <text> elements; each piece is escaped.
  expect(svg).toContain("&lt;img src=x");
  expect(svg).toContain("onerror=alert(1)&gt;");
  expect(svg).not.toContain("<img");
  expect(svg).not.toContain("<svg onload");

  await threat.getByRole("link", { name: `Open passage in the reader: ${SCRIPT_PASSAGE}` }).click();
  await expect(page).toHaveURL(/\/documents\/hostile-xss\?passage=/, FIRST_LOAD);
  await expect(page.locator("mark.passage.current").first()).toHaveText(SCRIPT_PASSAGE);
  await expectNoInjectedMarkup(page);
  expect(dialogs).toEqual([]);
});

test("the reader shows the hostile title, passages and mentions as text", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`${server.baseUrl}/documents/hostile-xss`);
  const title = "<img src=x onerror=alert(1)> and <script>alert(2)</script>: a hostile fixture";
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible(FIRST_LOAD);
  await expect(page).toHaveTitle(new RegExp(title.replace(/[()]/g, "\\$&")));
  await expect(page.getByText(SVG, { exact: true }).first()).toBeVisible();
  await expect(page.locator("mark.passage").filter({ hasText: SCRIPT_PASSAGE })).toBeVisible();
  await expect(page.getByRole("link", { name: IMG }).first()).toBeVisible();
  await expectNoInjectedMarkup(page);
  await page.screenshot({ path: "test-results/screenshots/hostile-reader.png", fullPage: true });
  expect(dialogs).toEqual([]);
});

test("the analysis page lists hostile names as text in rankings and paths", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`${server.baseUrl}/analysis`);
  const rankings = page.getByRole("table", { name: "Actor rankings" });
  await expect(rankings.getByText(IMG, { exact: true })).toBeVisible(FIRST_LOAD);
  await expect(rankings.getByText(SVG, { exact: true })).toBeVisible();

  const form = page.getByRole("form", { name: "Find paths" });
  await form.getByLabel("From", { exact: true }).selectOption({ label: IMG });
  await form.getByLabel("To", { exact: true }).selectOption({ label: "Plain State" });
  await form.getByRole("button", { name: "Find paths" }).click();
  const chain = page.getByRole("region", { name: "Paths found" }).getByTestId("path-chain").first();
  await expect(chain).toContainText(IMG, FIRST_LOAD);
  await expect(chain).toContainText("Plain State");
  await expectNoInjectedMarkup(page);
  expect(dialogs).toEqual([]);
});

test("the console's result table shows hostile values as text", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`${server.baseUrl}/admin`);
  await page.getByLabel("User name").fill(E2E_ANALYST.username);
  await page.getByLabel("Password").fill(E2E_ANALYST.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await editor.fill("MATCH (a:Actor) RETURN a.name AS name, a.role AS role, a ORDER BY name");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const table = page.getByRole("region", { name: "Results" }).getByRole("table");
  await expect(table.getByRole("cell", { name: IMG, exact: true })).toBeVisible(FIRST_LOAD);
  await expect(table.getByRole("cell", { name: SVG, exact: true })).toBeVisible();
  await expect(
    table.getByRole("cell", { name: "</textarea><img src=x onerror=alert(7)>", exact: true }),
  ).toBeVisible();
  await expectNoInjectedMarkup(page);
  expect(dialogs).toEqual([]);
});
