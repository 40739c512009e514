import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

/**
 * `npm test`: every gate in turn — lint, types, formatting, jest, Playwright — running all of them
 * even when one fails, then one closing line with the tests' totals. Exits non-zero on any failure.
 */
interface Step {
  name: string;
  command: string[];
}

// Playwright empties test-results/ when it starts, so the reports live elsewhere.
const JEST_REPORT = "test-reports/jest.json";
const PLAYWRIGHT_REPORT = "test-reports/playwright.json";

const STEPS: Step[] = [
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "format", command: ["npx", "prettier", "--check", "."] },
  // unpdf loads pdf.js with import(), which jest's module VM allows only with this flag.
  {
    name: "jest",
    command: [
      "node",
      "--experimental-vm-modules",
      "node_modules/jest/bin/jest.js",
      "--ci",
      "--json",
      `--outputFile=${JEST_REPORT}`,
    ],
  },
  { name: "playwright", command: ["npx", "playwright", "test"] },
];

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
    : null;
}

function testTotals(): { passed: number; failed: number } {
  const jest = readJson(JEST_REPORT);
  const playwright = readJson(PLAYWRIGHT_REPORT)?.stats as Record<string, number> | undefined;
  return {
    passed: Number(jest?.numPassedTests ?? 0) + Number(playwright?.expected ?? 0),
    failed:
      Number(jest?.numFailedTests ?? 0) +
      Number(playwright?.unexpected ?? 0) +
      Number(playwright?.flaky ?? 0),
  };
}

rmSync("test-reports", { recursive: true, force: true });
mkdirSync("test-reports", { recursive: true });
const results = STEPS.map((step) => {
  console.log(`\n━━ ${step.name}: ${step.command.join(" ")}`);
  const [command, ...args] = step.command as [string, ...string[]];
  const run = spawnSync(command, args, { stdio: "inherit" });
  return { ...step, ok: run.status === 0 };
});

console.log("\n━━ summary");
for (const result of results) console.log(`${result.ok ? "ok  " : "FAIL"}  ${result.name}`);
const totals = testTotals();
const failedSteps = results.filter((result) => !result.ok).length;
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps > 0 ? 1 : 0);
