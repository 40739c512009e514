import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { ClaimsResponse } from "@/lib/curation/types";
import { E2E_ADMIN } from "@/scripts/lib/harness/accounts";
import { seriousViolationsWithWcag22 } from "@/tests/support/axe";

const SHOTS = "test-results/screenshots";
const CURATOR = { username: "e2e-claims-curator", password: "e2e-claims-curator-password" };
// The test article of curation part 1, varied so that it is a document of its own here.
const ARTICLE = `Claims edition.\n\n${readFileSync(
  path.join(__dirname, "../fixtures/curation/second-article.txt"),
  "utf8",
)}`;
const DENIAL =
  "A third view\n\nOfficials in Washington denied that the United States was a rival of Iran, and said talks with Tehran would go on.";
const EDGE = "us-rivals-iran";
const SLOW = { timeout: 30_000 };

test.describe.configure({ mode: "serial" });

let csrfToken = "";

/** Signs the page's context in as the curator (made by the admin over the API first). */
async function signIn(page: Page, baseURL: string) {
  const request = page.request;
  const admin = await request.post("/api/auth/login", {
    data: E2E_ADMIN,
    headers: { origin: baseURL },
  });
  const adminToken = ((await admin.json()) as { csrfToken: string }).csrfToken;
  const created = await request.post("/api/users", {
    data: { ...CURATOR, role: "curator" },
    headers: { origin: baseURL, "x-csrf-token": adminToken },
  });
  expect([201, 409]).toContain(created.status());
  const login = await request.post("/api/auth/login", {
    data: CURATOR,
    headers: { origin: baseURL },
  });
  expect(login.status()).toBe(200);
  csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
}

async function addDocument(
  request: APIRequestContext,
  baseURL: string,
  text: string,
  title: string,
  publisher: string,
): Promise<string> {
  const headers = { origin: baseURL, "x-csrf-token": csrfToken };
  const draft = await request.post("/api/documents", {
    data: { text, metadata: { title, publisher, published: "2020-03" } },
    headers,
  });
  expect(draft.status()).toBe(201);
  const { document } = (await draft.json()) as { document: { id: string; version: number } };
  const frozen = await request.post(`/api/documents/${document.id}/freeze`, {
    data: { version: document.version, independent: true },
    headers,
  });
  expect(frozen.status()).toBe(200);
  return document.id;
}

async function claimsOf(request: APIRequestContext, id: string): Promise<ClaimsResponse> {
  const response = await request.get(`/api/documents/${id}/claims`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ClaimsResponse;
}

/** Selects `text` inside the claims tab's reader, as a mouse would, and lets go. */
async function select(page: Page, text: string) {
  await page.locator(".claim-text").evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" not in the text`);
  }, text);
}

const panel = (page: Page) => page.locator(".relationship-panel");

let articleId = "";
let thirdId = "";

test("a curator accepts a proposal, widens its citation by a sentence by keyboard, and the edge rests on both documents", async ({
  page,
  baseURL,
}) => {
  await signIn(page, baseURL!);
  articleId = await addDocument(
    page.request,
    baseURL!,
    ARTICLE,
    "Baghdad weighs its options (claims)",
    "Test Wire",
  );
  await page.goto(`/documents/${articleId}/review?tab=claims`);
  const queue = page.getByRole("list", { name: "Claims" });
  await expect(queue).toBeVisible(SLOW);
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/claims-queue.png`, fullPage: true });

  // The headline names Washington and Tehran: the pair of the seeded rivalry.
  const { claims } = await claimsOf(page.request, articleId);
  const proposal = claims.find(
    (c) =>
      [c.subject.id, c.object.id].sort().join() === "iran,united-states" &&
      c.citations[0]!.text.includes("Washington and Tehran"),
  )!;
  expect(proposal).toBeDefined();
  await queue.locator(`[data-claim="${proposal.id}"]`).click();
  if (proposal.subject.id !== "united-states") await page.keyboard.press("s");
  await page.getByRole("radio", { name: "Hostility" }).check();
  await page.locator("#claim-kind-search").fill("rivals");
  await page
    .getByRole("list", { name: "Kinds" })
    .getByRole("button", { name: /^rivals/ })
    .click();
  await page.getByRole("radio", { name: /^2/ }).check();
  await expect(page.getByText("chosen: rivals")).toBeVisible();
  await page.locator(".claim-text").click({ position: { x: 2, y: 2 } });
  // A sentence wider, by keyboard: the citation now reaches into the next sentence.
  await page.keyboard.press("}");
  const standing = page.getByRole("region", { name: "Where this document stands" });
  await expect(standing).toContainText(" 0 accepted");
  await page.keyboard.press("a");
  await expect(page.getByText(/^Accepted .* \(rivals\)\.$/)).toBeVisible(SLOW);
  // The summary above the tabs follows the decision without a reload.
  await expect(standing).toContainText(" 1 accepted");
  const accepted = (await claimsOf(page.request, articleId)).claims.find(
    (c) => c.id === proposal.id,
  )!;
  expect(accepted).toMatchObject({ status: "accepted", edgeId: EDGE });
  expect(accepted.citations[0]!.end).toBeGreaterThan(proposal.citations[0]!.end);
  await page.screenshot({ path: `${SHOTS}/claims-accepted.png`, fullPage: true });

  // The explorer's panel: both documents as sources, the new quote among them.
  await page.goto(`/?focus=united-states&sel=e:${EDGE}`);
  await expect(panel(page)).toContainText("2 independent sources", SLOW);
  await expect(panel(page)).toContainText("Baghdad weighs its options (claims)");
  await page.screenshot({ path: `${SHOTS}/claims-explorer-panel.png`, fullPage: true });
  // And the reader highlights the quote.
  await page.goto(`/documents/${articleId}`);
  await expect(
    page.locator("mark.passage", { hasText: "Baghdad weighs its options as" }),
  ).toBeVisible(SLOW);
  await page.screenshot({ path: `${SHOTS}/claims-reader.png`, fullPage: true });
});

test("a disputing claim in a third document makes the edge Contested; reverting it clears Contested", async ({
  page,
  baseURL,
}) => {
  await signIn(page, baseURL!);
  thirdId = await addDocument(page.request, baseURL!, DENIAL, "A third view", "Other Wire");
  await page.goto(`/documents/${thirdId}/review?tab=claims`);
  await expect(page.locator(".claim-text")).toBeVisible(SLOW);
  await select(page, "Officials in Washington denied that the United States was a rival of Iran");
  await page.getByRole("button", { name: "Make a claim from the selection" }).click();
  const editor = page.locator(".claim-editor");
  await expect(editor).toBeVisible();
  // The pair's evidence is offered: dispute the rivalry.
  await editor.getByLabel("Subject", { exact: true }).selectOption("united-states");
  await editor.getByLabel("Object", { exact: true }).selectOption("iran");
  await editor
    .getByRole("radio", { name: /^Dispute it/ })
    .first()
    .check();
  await editor.getByRole("radio", { name: /^1/ }).check();
  await editor.getByRole("button", { name: /Save the claim/ }).click();
  await expect(page.getByText(/^Saved the claim .*accepted\.$/)).toBeVisible(SLOW);
  await page.screenshot({ path: `${SHOTS}/claims-dispute.png`, fullPage: true });

  await page.goto(`/?focus=united-states&sel=e:${EDGE}`);
  await expect(panel(page).getByText("Contested").first()).toBeVisible(SLOW);
  await expect(panel(page)).toContainText("disputes");
  await page.goto("/analysis");
  await expect(page.getByText(/Contested edges/).first()).toBeVisible(SLOW);
  await expect(page.getByLabel(/^Contested: /).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/claims-analysis-contested.png`, fullPage: true });

  // Revert the dispute from the claim's history.
  await page.goto(`/documents/${thirdId}/review?tab=claims`);
  const queue = page.getByRole("list", { name: "Claims" });
  await page.getByLabel("Show").selectOption("accepted");
  await queue
    .getByRole("button", { name: /United States → Iran/ })
    .first()
    .click();
  await page.getByText("History of this claim").click();
  await page
    .getByRole("button", { name: /Revert/ })
    .first()
    .click();
  await expect
    .poll(
      async () =>
        (await claimsOf(page.request, thirdId)).claims.find((c) => c.origin === "manual")?.status,
      SLOW,
    )
    .toBe("retracted");
  await page.goto(`/?focus=united-states&sel=e:${EDGE}`);
  await expect(panel(page)).toContainText("2 independent sources", SLOW);
  await expect(panel(page).getByText("Contested")).toHaveCount(0);
});

test.afterAll(async ({ request, baseURL }) => {
  // Leave the seeded graph as it was for the specs that follow: the accepted claim withdrawn.
  if (!articleId) return;
  const login = await request.post("/api/auth/login", {
    data: CURATOR,
    headers: { origin: baseURL! },
  });
  const token = ((await login.json()) as { csrfToken: string }).csrfToken;
  const { claims } = await claimsOf(request, articleId);
  const accepted = claims.filter((c) => c.status === "accepted");
  if (accepted.length === 0) return;
  const retracted = await request.post(`/api/documents/${articleId}/claims/decide`, {
    data: { action: "retract", claims: accepted.map(({ id, version }) => ({ id, version })) },
    headers: { origin: baseURL!, "x-csrf-token": token },
  });
  expect(retracted.status()).toBe(200);
});
