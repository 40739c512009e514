import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN, E2E_ANALYST } from "@/scripts/lib/harness/accounts";

async function signIn(page: Page, account: { username: string; password: string }) {
  await page.goto("/admin");
  await page.getByLabel("User name").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in hashes the configured passwords (scrypt): slow on a busy machine.
  await expect(page.getByRole("heading", { name: "Cypher console", exact: true })).toBeVisible({
    timeout: 30_000,
  });
}

async function typeQuery(page: Page, query: string) {
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await editor.fill(query);
}

test("an analyst runs an example with Ctrl-Enter, sees table and graph, exports CSV, and is refused a write", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, E2E_ANALYST);
  await expect(page.getByTestId("mode")).toHaveText("Read-only");
  await expect(page.getByRole("checkbox", { name: "Write mode" })).toHaveCount(0);

  await page.getByRole("button", { name: "Who is hostile to the United States" }).click();
  await expect(page.locator(".cm-content")).toContainText("HOSTILE_TO");
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+Enter");

  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByRole("status")).toContainText(/\d+ rows? · \d+ ms · query type r/);
  const table = results.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "a", exact: true })).toBeVisible();
  await expect(
    table.getByRole("cell", { name: /^\(:Actor:State \{.*United States/ }).first(),
  ).toBeVisible();

  await results.getByRole("tab", { name: "Graph" }).click();
  await expect(results.getByText(/\d+ nodes, \d+ relationships/)).toBeVisible();
  await expect(results.locator("canvas").first()).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            window as unknown as { __atlasConsoleCy?: { nodes(): { length: number } } }
          ).__atlasConsoleCy?.nodes().length ?? 0,
      ),
    )
    .toBeGreaterThan(1);
  await page.screenshot({ path: "test-results/screenshots/admin.png", fullPage: true });

  const download = page.waitForEvent("download");
  await results.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("a,h,us");
  expect(csv).toContain("United States");

  await typeQuery(page, "RETURN '<img src=x onerror=alert(1)>' AS html");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const cell = results.getByRole("cell", { name: "<img src=x onerror=alert(1)>" });
  await expect(cell).toBeVisible();
  await expect(cell.locator("img")).toHaveCount(0);

  await typeQuery(page, "CREATE (n:ShouldNotExist) RETURN n");
  await page.keyboard.press("Control+Enter");
  const refusal = page.getByRole("alert").filter({ hasText: "read_only" });
  await expect(refusal).toContainText("read mode only runs read queries");
  expect(dialogs).toEqual([]);
});

test("the editor completes labels and relationship types of the live graph", async ({ page }) => {
  await signIn(page, E2E_ANALYST);
  await typeQuery(page, "");
  await page.keyboard.type("MATCH (a:");
  const completions = page.locator(".cm-tooltip-autocomplete");
  await expect(completions).toContainText("Actor");
  await expect(completions).toContainText("Passage");
  await page.keyboard.press("Escape");
  await page.keyboard.type("Actor)-[:");
  await expect(completions).toContainText("HOSTILE_TO");
});

test("a syntax error shows Neo4j's code and the position beside the editor", async ({ page }) => {
  await signIn(page, E2E_ANALYST);
  await typeQuery(page, "MATCH (a:Actor)\nRETURN b");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "SyntaxError" });
  await expect(alert).toContainText("Neo.ClientError.Statement.SyntaxError at line 2, column 8");
  await expect(alert).not.toContainText(/\bat .*\.js:\d+/);
});

test("an admin writes only after two confirmations, and the audit log shows it", async ({
  page,
}) => {
  await signIn(page, E2E_ADMIN);
  // The box stays unticked until the dialog is confirmed, so click rather than check().
  await page.getByRole("checkbox", { name: "Write mode" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Enable write mode" }).click();
  await expect(page.getByTestId("mode")).toHaveText("WRITE MODE");
  await typeQuery(page, "CREATE (n:E2eAuditNote {text: 'from playwright'}) RETURN n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: "Run a query that writes?" });
  await expect(confirm).toContainText("query type rw");
  await confirm.getByRole("button", { name: "Run and record" }).click();
  await expect(page.getByTestId("counters")).toContainText("nodesCreated 1");
  await page.getByText("Audit log (write mode)").click();
  const audit = page.getByRole("group").filter({ hasText: "Audit log" });
  const latest = audit.getByRole("row").nth(1);
  await expect(latest).toContainText("admin");
  await expect(latest).toContainText("ok");
  await expect(latest).toContainText("nodesCreated 1");
  await expect(latest).toContainText("CREATE (n:E2eAuditNote");

  await typeQuery(page, "MATCH (n:E2eAuditNote) DELETE n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Run and record" }).click();
  await expect(page.getByTestId("counters")).toContainText("nodesDeleted 1");
});

test("an admin sees each URL a LOAD CSV makes the database fetch, and confirms them", async ({
  page,
}) => {
  const fetched: string[] = [];
  const csv = createServer((request, response) => {
    fetched.push(request.url ?? "");
    response.writeHead(200, { "content-type": "text/csv" }).end("name\nfirst\nsecond\n");
  });
  await new Promise<void>((resolve) => csv.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(csv.address() as AddressInfo).port}/e2e-notes.csv`;
  try {
    await signIn(page, E2E_ADMIN);
    await page.getByRole("checkbox", { name: "Write mode" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Enable write mode" }).click();
    await typeQuery(
      page,
      `LOAD CSV WITH HEADERS FROM '${url}' AS row CREATE (:E2eCsvNote {name: row.name})`,
    );
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Run a query that writes?" });
    await expect(confirm.getByRole("list", { name: "URLs the database will fetch" })).toHaveText(
      `This query makes the database fetch: ${url}`,
    );
    expect(fetched).toEqual([]);
    await confirm.getByRole("button", { name: "Run and record" }).click();
    await expect(page.getByTestId("counters")).toContainText("nodesCreated 2");
    expect(fetched).toEqual(["/e2e-notes.csv"]);

    await typeQuery(page, "MATCH (n:E2eCsvNote) DELETE n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Run and record" }).click();
    await expect(page.getByTestId("counters")).toContainText("nodesDeleted 2");
  } finally {
    await new Promise((resolve) => csv.close(resolve));
  }
});

test("logout ends the session, even for a copy of the old cookie", async ({ page, context }) => {
  await signIn(page, E2E_ANALYST);
  const [session] = (await context.cookies()).filter((c) => c.name === "atlas_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the Cypher console" })).toBeVisible();
  const replay = await page.request.get("/api/auth/session", {
    headers: { cookie: `atlas_session=${session!.value}` },
  });
  expect(replay.status()).toBe(401);
});
