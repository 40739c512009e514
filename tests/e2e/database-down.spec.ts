import { expect, test } from "@playwright/test";
import type { AppServer } from "@/scripts/lib/harness/app-server";
import { startSecondServer } from "@/tests/support/second-app-server";

// A second production server whose NEO4J_URI points at a closed port: the app must still serve.
let server: AppServer;
let downUrl: string;

test.beforeAll(async () => {
  server = await startSecondServer({
    NEO4J_URI: "bolt://127.0.0.1:1",
    NEO4J_PASSWORD: "closed-port-password",
  });
  downUrl = server.baseUrl;
});

test.afterAll(async () => {
  await server.stop();
});

test("health answers 503 within 5 s when the database is unreachable", async ({ request }) => {
  const started = Date.now();
  const response = await request.get(`${downUrl}/api/health`);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(response.status()).toBe(503);
  expect(await response.json()).toEqual({
    status: "degraded",
    neo4j: { status: "down", error: expect.stringMatching(/connect|refused/i) },
  });
});

test("pages show the database-unavailable banner instead of crashing", async ({ page }) => {
  await page.goto(downUrl);
  await expect(page.getByRole("alert").filter({ hasText: "Database unavailable" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/database-down.png" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});
