import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";

// A second production server whose NEO4J_URI points at a closed port: the app must still serve.
const DOWN_PORT = Number(process.env.E2E_DOWN_PORT ?? 3101);
const downUrl = `http://127.0.0.1:${DOWN_PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn("npx", ["next", "start", "-p", String(DOWN_PORT)], {
    env: {
      ...process.env,
      NEO4J_URI: "bolt://127.0.0.1:1",
      NEO4J_PASSWORD: "closed-port-password",
    },
    stdio: "ignore",
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      await fetch(`${downUrl}/api/health`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  server.kill("SIGTERM");
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
