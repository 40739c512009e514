import { expect, test } from "@playwright/test";

test("the home page renders with the main navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Influence Atlas" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Explore", "Documents", "Analysis", "Admin"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("alert").filter({ hasText: "Database unavailable" })).toHaveCount(0);
});

test("health reports Neo4j up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    neo4j: { status: "up", version: expect.stringMatching(/^5\.26\./), edition: "community" },
  });
});
