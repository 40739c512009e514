import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "@/scripts/lib/harness/accounts";
import { seriousViolationsWithWcag22 } from "@/tests/support/axe";
import { fixtureDocx, fixturePdf } from "@/tests/support/fixture-documents";

const SHOTS = "test-results/screenshots";
const CURATOR = { username: "e2e-curator", password: "e2e-curator-password" };
const ARTICLE = readFileSync(
  path.join(__dirname, "../fixtures/curation/second-article.txt"),
  "utf8",
);
const SLOW = { timeout: 30_000 };

test.describe.configure({ mode: "serial" });

/** An admin makes the curator account over the API; the browser then signs in as the curator. */
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

async function signInToAdd(page: Page) {
  await page.goto("/documents/new");
  await page.getByLabel("User name").fill(CURATOR.username);
  await page.getByLabel("Password").fill(CURATOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Add a document", level: 1 })).toBeVisible(SLOW);
}

const queue = (page: Page) => page.getByRole("list", { name: "Mention groups" });
const group = (page: Page, name: RegExp) => queue(page).getByRole("button", { name }).first();

test("a curator pastes an article, marks its body, freezes it and resolves who it names", async ({
  page,
}) => {
  await signInToAdd(page);
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.getByLabel("The document's text").fill(ARTICLE);
  await page.getByRole("button", { name: "Read the pasted text" }).click();
  const preview = page.getByLabel("Extracted text; the dimmed parts lie outside the body");
  await expect(preview).toContainText("Masrour Barzani", SLOW);
  await expect(page.getByRole("heading", { name: "What extraction did" })).toBeVisible();

  // The body starts at the first paragraph of the article: select its first words.
  await preview.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf("Iraq’s caretaker") ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error("body start not found");
  });
  await page.getByRole("button", { name: "Body starts here" }).click();
  await expect(page.getByText(/from “Iraq’s/)).toBeVisible();
  await page.getByLabel("Title (required)").fill("Baghdad weighs its options");
  await page.getByLabel("Publisher").fill("Test Wire");
  await page.screenshot({ path: `${SHOTS}/curation-preview.png`, fullPage: true });
  await page.getByRole("button", { name: "Freeze and review" }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f]{16}\/review$/, SLOW);
  await expect(queue(page)).toBeVisible(SLOW);
  // Known actors are linked already, with their reason; new names are offered.
  await expect(group(page, /^linked Tehran ×2 → Iran · alias .Tehran./)).toBeVisible();
  await expect(group(page, /^linked Mike Pompeo/)).toBeVisible();
  await expect(group(page, /Layla Hassan/)).toBeVisible();
  await expect(group(page, /Abbas Mousavi/)).toBeVisible();
  await expect(group(page, /Soleimany.*→ Qassem Soleimani.*similar to 'Soleimani'/)).toBeVisible();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/curation-review.png`, fullPage: true });

  // Link all occurrences of one name (the look-alike of Soleimani), by keyboard.
  await group(page, /Soleimany/).click();
  await page.keyboard.press("a");
  await expect(group(page, /^linked Soleimany.*→ Qassem Soleimani/)).toBeVisible(SLOW);
  // u undoes that decision, although the current place has moved on to the next undecided name.
  await page.keyboard.press("u");
  await expect(page.getByText("Undone: “Soleimany” is open again.")).toBeVisible(SLOW);
  await expect(group(page, /^(open|suggested) Soleimany/)).toBeVisible(SLOW);
  await expect(group(page, /^linked Soleimany/)).toHaveCount(0);
  await group(page, /Soleimany/).click();
  await page.keyboard.press("a");
  await expect(group(page, /^linked Soleimany.*→ Qassem Soleimani/)).toBeVisible(SLOW);

  // Create a new actor from a name.
  await group(page, /Abbas Mousavi/).click();
  await page.getByRole("button", { name: /New actor/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Name")).toHaveValue("Abbas Mousavi");
  await dialog.getByLabel("Kind").selectOption("person");
  await dialog.getByLabel("Description (required)").fill("Spokesman of Iran's foreign ministry.");
  await dialog.getByRole("button", { name: "Create and link" }).click();
  await expect(group(page, /^linked Abbas Mousavi.*→ Abbas Mousavi/)).toBeVisible(SLOW);

  // Teach an alias: "Islamic Republic" means Iran, everywhere (strong).
  await group(page, /Islamic Republic/).click();
  await page.getByLabel("Link to another actor").fill("Iran");
  await page
    .getByRole("list", { name: "Matching actors" })
    .getByRole("button", { name: /^Iran \(/ })
    .click();
  await expect(page.getByText(/Link to Iran/)).toBeVisible();
  await page.getByLabel(/as an alias when linking/).check();
  await page.getByLabel(/strong: links by itself/).check();
  await page.getByRole("button", { name: /Link all/ }).click();
  await expect(group(page, /^linked Islamic Republic.*→ Iran/)).toBeVisible(SLOW);
  await page.screenshot({ path: `${SHOTS}/curation-decided.png`, fullPage: true });

  // The taught alias links without a click in the next document.
  const next = await page.request.get("/api/actors/iran");
  expect(((await next.json()) as { actor: { aliases: string[] } }).actor.aliases).toContain(
    "Islamic Republic",
  );

  // The documents list shows it, with its state, and finds it by a word of its text.
  await page.goto("/documents?q=Barzani");
  await expect(page.getByRole("link", { name: "Baghdad weighs its options" })).toBeVisible();
  await expect(page.locator(".doc-status", { hasText: "In review" }).first()).toBeVisible();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/curation-list.png`, fullPage: true });
});

test("a PDF and a Word file generated here are read with their paragraphs; a private URL is refused", async ({
  page,
}) => {
  await signInToAdd(page);
  const paragraphs = [
    "The Kurdistan Regional Government asked NATO to keep its trainers in the north.",
    "Masrour Barzani said the alliance remained essential to the fight against the Islamic State.",
  ];
  const pdf = await fixturePdf({ title: "A PDF brief", author: "E2E", paragraphs });
  await page.getByLabel("Text, Markdown, HTML, PDF or Word (.docx)").setInputFiles({
    name: "brief.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(pdf),
  });
  await page.getByRole("button", { name: "Read the file" }).click();
  const preview = page.getByLabel("Extracted text; the dimmed parts lie outside the body");
  await expect(preview).toContainText("Masrour Barzani said", SLOW);
  await expect(page.getByLabel("Title (required)")).toHaveValue("A PDF brief");
  await page.screenshot({ path: `${SHOTS}/curation-pdf.png`, fullPage: true });

  const docx = await fixtureDocx({ title: "A Word brief", author: "E2E", paragraphs });
  await page.getByLabel("Text, Markdown, HTML, PDF or Word (.docx)").setInputFiles({
    name: "brief.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  await page.getByRole("button", { name: "Read the file" }).click();
  await expect(page.getByLabel("Title (required)")).toHaveValue("A Word brief", SLOW);
  await expect(preview).toContainText("Kurdistan Regional Government asked NATO");

  await page.getByLabel("Address (https://…)").fill("http://127.0.0.1:9/secret");
  await page.getByRole("button", { name: "Fetch the page" }).click();
  await expect(page.locator("#source-url-error")).toContainText(/loopback/i, SLOW);
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/curation-url-refused.png`, fullPage: true });
});
