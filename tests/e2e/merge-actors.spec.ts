import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "@/scripts/lib/harness/accounts";
import { seriousViolationsWithWcag22 } from "@/tests/support/axe";

const SHOTS = "test-results/screenshots";
const CURATOR = { username: "e2e-merge-curator", password: "e2e-merge-curator-password" };
const SLOW = { timeout: 30_000 };

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request, baseURL }) => {
  const login = await request.post("/api/auth/login", {
    data: E2E_ADMIN,
    headers: { origin: baseURL! },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await request.post("/api/users", {
    data: { ...CURATOR, role: "curator" },
    headers: { origin: baseURL!, "x-csrf-token": csrfToken },
  });
  expect([201, 409]).toContain(created.status());
});

async function choose(page: Page, label: string, query: string, name: RegExp) {
  await page.getByLabel(label).fill(query);
  await page.getByRole("list", { name: "Matching actors" }).getByRole("button", { name }).click();
}

// Merges two seeded actors and unmerges them again, so the other specs see the seed unchanged.
test("a curator merges two actors with the keyboard-usable page, sees the report, and unmerges", async ({
  page,
}) => {
  await page.goto("/actors/merge");
  await page.getByLabel("User name").fill(CURATOR.username);
  await page.getByLabel("Password").fill(CURATOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Merge two actors", level: 1 })).toBeVisible(SLOW);
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);

  await choose(page, "Actor that stays", "US forces", /US forces in Iraq/i);
  await choose(page, "Actor merged into it", "coalition", /US-led coalition/i);
  await page.getByRole("button", { name: "Show what would change" }).click();
  const report = page.getByRole("region", { name: /What merging/ });
  await expect(report).toContainText("joins", SLOW);
  await expect(report).toContainText("Conflicts");
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/merge-report.png`, fullPage: true });

  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText(/^Merged /)).toBeVisible(SLOW);
  const unmerge = page.getByRole("button", { name: /^Unmerge / }).first();
  await expect(unmerge).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/merge-done.png`, fullPage: true });

  const moved = await page.request.get("/api/actors/us-led-coalition");
  expect(moved.url()).toContain("/api/actors/us-forces-in-iraq");

  await unmerge.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Unmerged /)).toBeVisible(SLOW);
  expect((await page.request.get("/api/actors/us-led-coalition")).status()).toBe(200);
});
