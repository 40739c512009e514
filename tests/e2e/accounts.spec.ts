import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "@/scripts/lib/harness/accounts";
import { seriousViolations, WCAG_22_AA } from "@/tests/support/axe";

const SHOTS = "test-results/screenshots";

async function signIn(page: Page, account: { username: string; password: string }) {
  await page.goto("/admin");
  await page.getByLabel("User name").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Cypher console", exact: true })).toBeVisible({
    timeout: 30_000,
  });
}

test("an admin invites a curator by link; the curator makes an account and gets the account page, not the console", async ({
  page,
  browser,
}) => {
  await signIn(page, E2E_ADMIN);
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Users" })
    .click();
  await expect(page.getByRole("heading", { name: "Admin: users" })).toBeVisible();
  const accounts = page.getByRole("table", { name: "Accounts" });
  await expect(accounts.getByRole("rowheader", { name: E2E_ADMIN.username })).toBeVisible();

  // By keyboard: role, hours, create.
  await page.getByLabel("Role", { exact: true }).selectOption("curator");
  await page.getByLabel("Link valid for (hours)").fill("24");
  await page.getByLabel("Link valid for (hours)").press("Enter");
  const linkBox = page.getByLabel("Invitation link");
  await expect(linkBox).toHaveValue(/\/invite\/[\w-]{43}$/);
  await expect(page.getByText("This link is shown once.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  const link = await linkBox.inputValue();
  await expect(
    page.getByRole("table", { name: "Pending invitations" }).getByRole("row"),
  ).toHaveCount(2);
  expect(await seriousViolations(page, WCAG_22_AA)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/users-section.png`, fullPage: true });

  // A stranger's browser: the link's page and its form.
  const stranger = await browser.newContext();
  const invited = await stranger.newPage();
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByRole("heading", { name: "You are invited as curator" })).toBeVisible();
  expect(await seriousViolations(invited, WCAG_22_AA)).toEqual([]);
  await invited.screenshot({ path: `${SHOTS}/invite-page.png`, fullPage: true });
  await invited.getByLabel(/^User name/).fill("cora");
  await invited.getByLabel("Display name (optional)").fill("Cora Curator");
  await invited.getByLabel("Password (12 characters or more)").fill("cora-long-password");
  await invited.getByLabel("Repeat the password").fill("cora-long-password");
  await invited.getByRole("button", { name: "Create account" }).click();

  await expect(invited).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await expect(invited.getByRole("heading", { name: "Admin: your account" })).toBeVisible();
  await expect(invited.getByText("Signed in as")).toContainText("Cora Curator");
  await expect(invited.getByText("The Cypher console needs the analyst role")).toBeVisible();
  await expect(invited.getByRole("heading", { name: "Cypher console" })).toHaveCount(0);
  await expect(invited.getByRole("button", { name: "Change password" })).toBeVisible();
  expect(await seriousViolations(invited, WCAG_22_AA)).toEqual([]);
  await invited.screenshot({ path: `${SHOTS}/curator-account.png`, fullPage: true });

  // The link is spent.
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByText("This invitation was used already")).toBeVisible();
  await stranger.close();

  // Back with the admin: cora is listed; the invitation is no longer pending.
  await page.reload();
  await expect(accounts.getByRole("rowheader", { name: "cora" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Pending invitations" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign cora out everywhere" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("cora was signed out on every device.")).toBeVisible();
});
