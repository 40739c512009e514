import { ApiRequestError, fetchJson, requestJson } from "@/components/fetch-json";

const realFetch = global.fetch;
let answer: () => Promise<Response>;
let sent: { url: string; init: RequestInit | undefined }[] = [];

beforeEach(() => {
  sent = [];
  global.fetch = ((url: string, init?: RequestInit) => {
    sent.push({ url, init });
    return answer();
  }) as typeof fetch;
});
afterAll(() => {
  global.fetch = realFetch;
});

const json = (body: unknown, status = 200, statusText = "") =>
  new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { "content-type": "application/json" },
  });

describe("the client fetch helper", () => {
  it("answers the data of a JSON success, and nothing for 204", async () => {
    answer = async () => json({ actors: [1] });
    expect(await requestJson("/api/actors")).toEqual({ ok: true, data: { actors: [1] } });
    answer = async () => new Response(null, { status: 204 });
    expect(await requestJson("/api/x", { method: "DELETE" })).toEqual({
      ok: true,
      data: undefined,
    });
  });

  it.each([
    [
      "the API's error body",
      () =>
        json(
          { error: { code: "not_found", message: "No actor iran.", details: { id: "iran" } } },
          404,
        ),
      404,
      { code: "not_found", message: "No actor iran.", details: { id: "iran" } },
    ],
    [
      "a body without the error shape",
      () => json({ oops: true }, 502, "Bad Gateway"),
      502,
      { code: "http_502", message: "502 Bad Gateway" },
    ],
    [
      "a page that is not JSON",
      async () => new Response("<html>", { status: 500, statusText: "Internal Server Error" }),
      500,
      { code: "http_500", message: "500 Internal Server Error" },
    ],
    [
      "a success that is not JSON",
      async () => new Response("<html>", { status: 200 }),
      200,
      { code: "bad_response", message: "The server's answer was not JSON." },
    ],
    [
      "no answer at all",
      async () => {
        throw new TypeError("Failed to fetch");
      },
      0,
      { code: "network", message: "The server did not answer." },
    ],
  ])("turns %s into one failure format", async (_what, respond, status, error) => {
    answer = respond as () => Promise<Response>;
    expect(await requestJson("/api/x")).toEqual({ ok: false, status, error });
    const thrown = await fetchJson("/api/x").catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiRequestError);
    expect(thrown).toMatchObject({ status, code: error.code, message: error.message });
  });

  it("sends a body as JSON with the CSRF token, and asks for JSON", async () => {
    answer = async () => json({ view: { id: "v1" } }, 201);
    await fetchJson("/api/views", { body: { name: "n" }, csrfToken: "t" });
    const [{ url, init }] = sent as [(typeof sent)[number]];
    expect(url).toBe("/api/views");
    expect(init).toMatchObject({
      method: "POST",
      body: '{"name":"n"}',
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        "x-csrf-token": "t",
      },
    });
  });

  it("takes a response already started instead of asking again", async () => {
    answer = async () => json({ from: "fetch" });
    const started = Promise.resolve(json({ from: "early" }));
    expect(await fetchJson("/api/graph/summary", { started })).toEqual({ from: "early" });
    expect(sent).toHaveLength(0);
  });

  it("rethrows an abort rather than reporting a failure", async () => {
    const controller = new AbortController();
    answer = async () => {
      controller.abort();
      throw new DOMException("aborted", "AbortError");
    };
    await expect(requestJson("/api/x", { signal: controller.signal })).rejects.toThrow();
  });
});
