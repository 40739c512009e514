import { expect, test } from "@playwright/test";

// The read API on the production build: JSON, cache headers, and the error format.
test("the read API answers with cacheable JSON", async ({ request }) => {
  for (const path of [
    "/api/actors?q=Solimani",
    "/api/actors/qassem-soleimani",
    "/api/graph?focus=qassem-soleimani&depth=2",
    "/api/relationships/us-kills-soleimani",
    "/api/documents",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  }
  const search = await (await request.get("/api/actors?q=Solimani")).json();
  expect(search.actors[0].id).toBe("qassem-soleimani");
});

test("the read API answers bad input and unknown ids with uncached JSON errors", async ({
  request,
}) => {
  const bad = await request.get("/api/graph?depth=7");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["cache-control"]).toBe("no-store");
  expect(await bad.json()).toMatchObject({
    error: { code: "bad_request", message: "Invalid parameter: depth: must be at most 3" },
  });
  const missing = await request.get("/api/documents/no-such-document");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
});
