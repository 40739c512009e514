import { expect, test } from "@playwright/test";

test("the analysis page sorts rankings and finds cited paths from Iran to US forces", async ({
  page,
}) => {
  await page.goto("/analysis");
  await expect(page.getByRole("heading", { name: "Analysis", level: 1 })).toBeVisible();

  const table = page.getByRole("table", { name: "Actor rankings" });
  const betweenness = table.getByRole("columnheader", { name: /Betweenness/ });
  await betweenness.getByRole("button").click();
  await expect(betweenness).toHaveAttribute("aria-sort", "descending");

  // The table must now be in descending betweenness order, whatever the data says.
  const cells = table.locator('tbody td[data-column="betweenness"]');
  const values = (await cells.allInnerTexts()).map((t) => Number.parseFloat(t));
  expect(values.length).toBeGreaterThan(1);
  expect(values).toEqual([...values].sort((x, y) => y - x));
  await betweenness.getByRole("button").click();
  await expect(betweenness).toHaveAttribute("aria-sort", "ascending");

  const form = page.getByRole("form", { name: "Find paths" });
  await form.getByLabel("From", { exact: true }).selectOption({ label: "Iran" });
  await form.getByLabel("To", { exact: true }).selectOption({ label: "US forces in Iraq" });
  await form.getByRole("button", { name: "Find paths" }).click();

  const results = page.getByRole("region", { name: "Paths found" });
  const chain = results.getByTestId("path-chain").first();
  // The first path search on a fresh database is slow on a busy machine.
  await expect(chain).toContainText("Iran", { timeout: 30_000 });
  await expect(chain).toContainText("US forces in Iraq");
  // Every hop carries at least one quoted passage.
  await expect(results.locator("blockquote").first()).toContainText("“");
  await expect(
    results.getByRole("button", { name: "Copy as footnoted paragraph" }).first(),
  ).toBeVisible();

  await expect(page.getByRole("heading", { name: /Strained triangles/ })).toBeVisible();
  await page.getByRole("heading", { name: "Paths of influence" }).scrollIntoViewIfNeeded();
  await page
    .getByRole("heading", { name: "Paths of influence" })
    .evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "test-results/screenshots/analysis.png" });
  await betweenness.getByRole("button").click();
  await expect(betweenness).toHaveAttribute("aria-sort", "descending");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/screenshots/analysis-rankings.png" });
  await page
    .getByRole("heading", { name: /Strained alliances/ })
    .evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "test-results/screenshots/analysis-balance.png" });

  const periods = page.getByRole("form", { name: "Compare two periods" });
  await periods.getByRole("button", { name: "Compare periods" }).click();
  const changes = page.getByRole("region", { name: "Changes between periods" });
  await expect(changes.getByRole("heading", { name: /^Appeared \(\d+\)$/ })).toBeVisible();
  await page.getByRole("heading", { name: "Over time" }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "test-results/screenshots/analysis-timeline.png" });
});
