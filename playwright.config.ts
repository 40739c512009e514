import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "./scripts/lib/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  forbidOnly: true,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  // CI has 2 cores and runs Neo4j, next-server and Chromium at once: a sign-in's scrypt hash or a
  // first compile can take over Playwright's default 5 s there without anything being wrong.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer: {
    command: "npx tsx tests/support/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    // LOAD CSV from URLs is off by default; on here so the console's URL confirmation can be seen.
    env: { E2E_PORT: String(PORT), ATLAS_ALLOW_LOAD_CSV_URLS: "1" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
