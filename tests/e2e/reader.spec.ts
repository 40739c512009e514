import { expect, test, type Page } from "@playwright/test";
import type { ActorDetailResponse, DocumentsResponse } from "@/lib/graph/types";
import { seriousViolationsWithWcag22 } from "@/tests/support/axe";
import { waitForGraph } from "@/tests/support/explorer-page";

const SOLEIMANI = "qassem-soleimani";
const PACKED_READER = "f662abb57264ea17";

async function firstCitation(page: Page) {
  const response = await page.request.get(`/api/actors/${SOLEIMANI}`);
  const detail = (await response.json()) as ActorDetailResponse;
  const citation = detail.relationships.flatMap((r) => r.citations)[0];
  if (!citation) throw new Error("Soleimani has no cited relationship in the seed");
  return citation;
}

test("the documents page lists the seeded documents", async ({ page }) => {
  const response = await page.request.get("/api/documents");
  const { documents } = (await response.json()) as DocumentsResponse;
  expect(documents.length).toBeGreaterThan(0);
  await page.goto("/documents");
  for (const document of documents) {
    await expect(page.getByRole("link", { name: document.title })).toBeVisible();
  }
  await page.getByRole("link", { name: documents[0]?.title ?? "" }).click();
  await expect(
    page.getByRole("heading", { name: documents[0]?.title ?? "", level: 1 }),
  ).toBeVisible();
  await expect(page.locator("mark.passage").first()).toBeVisible();
});

test("?passage= scrolls to the passage, highlights it and names what it supports", async ({
  page,
}) => {
  const citation = await firstCitation(page);
  await page.goto(
    `/documents/${citation.documentId}?passage=${encodeURIComponent(citation.passageId)}`,
  );
  const current = page.locator("mark.passage.current");
  await expect(current.first()).toBeInViewport();
  await expect(current.first()).toBeFocused();
  expect((await current.allTextContents()).join("")).toBe(citation.text);
  await expect(page.getByRole("heading", { name: "This passage supports" })).toBeVisible();
});

test("clicking an actor in the text focuses it in the graph", async ({ page }) => {
  const citation = await firstCitation(page);
  await page.goto(
    `/documents/${citation.documentId}?passage=${encodeURIComponent(citation.passageId)}`,
  );
  const mention = page.locator("mark.passage.current a.mention").first();
  const href = await mention.getAttribute("href");
  const actorId = new URLSearchParams(href?.split("?")[1]).get("focus");
  expect(actorId).toBeTruthy();
  await mention.click();
  await expect(page).toHaveURL(new RegExp(`focus=${actorId}`));
  await waitForGraph(page);
  const selected = await page.evaluate(() => window.__atlasCy?.$(":selected").map((e) => e.id()));
  expect(selected).toEqual([actorId]);
});

test("an unknown document is a 404 page", async ({ page }) => {
  const response = await page.goto("/documents/no-such-document");
  expect(response?.status()).toBe(404);
});

test("axe finds no serious or critical violation on the explorer", async ({ page }) => {
  await page.goto("/");
  await waitForGraph(page);
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.goto(`/?focus=${SOLEIMANI}&sel=n:${SOLEIMANI}`);
  await waitForGraph(page);
  await expect(page.getByRole("heading", { name: "Qassem Soleimani", level: 2 })).toBeVisible();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.getByRole("button", { name: "List" }).click();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  const citation = await firstCitation(page);
  await page.goto(
    `/?focus=${SOLEIMANI}&read=${citation.documentId}|${encodeURIComponent(citation.passageId)}`,
  );
  await expect(page.locator(".reader-pane mark.passage.current").first()).toBeVisible();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
});

test("axe finds no serious or critical violation on the reader and the documents list", async ({
  page,
}) => {
  const citation = await firstCitation(page);
  await page.goto(
    `/documents/${citation.documentId}?passage=${encodeURIComponent(citation.passageId)}`,
  );
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  // The seed's longest list of actors, packed in two columns (WCAG 2.5.8 target size).
  await page.goto(`/documents/${PACKED_READER}`);
  await expect(page.getByRole("heading", { name: /Actors mentioned/ })).toBeVisible();
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
  await page.goto("/documents");
  expect(await seriousViolationsWithWcag22(page)).toEqual([]);
});

test("screenshots of the explorer and the reader for people to look at", async ({ page }) => {
  const citation = await firstCitation(page);
  await page.goto(`/?focus=${SOLEIMANI}&depth=2&sel=n:${SOLEIMANI}`);
  await waitForGraph(page);
  await expect(page.getByRole("heading", { name: "Qassem Soleimani", level: 2 })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/explorer.png" });
  await page.goto("/");
  await waitForGraph(page);
  await page.screenshot({ path: "test-results/screenshots/explorer-whole.png" });
  await page.goto(
    `/documents/${citation.documentId}?passage=${encodeURIComponent(citation.passageId)}`,
  );
  await expect(page.locator("mark.passage.current").first()).toBeInViewport();
  await page.screenshot({ path: "test-results/screenshots/reader.png" });
});
