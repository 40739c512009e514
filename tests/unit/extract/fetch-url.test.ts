import http from "node:http";
import type { AddressInfo } from "node:net";
import { ExtractionError } from "@/lib/documents/errors";
import { fetchDocumentUrl } from "@/lib/documents/fetch-url";

const PAGE = "<!doctype html><html><body><p>Hello from the fixture server.</p></body></html>";

let server: http.Server;
let base: string;
let hostPort: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/page") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(PAGE);
    } else if (path === "/redirect") {
      response.writeHead(302, { location: "/page" });
      response.end();
    } else if (path === "/to-metadata") {
      response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" });
      response.end();
    } else if (path === "/to-private") {
      response.writeHead(302, { location: "http://10.0.0.7:8080/admin" });
      response.end();
    } else if (path === "/to-file") {
      response.writeHead(302, { location: "file:///etc/passwd" });
      response.end();
    } else if (path === "/loop") {
      response.writeHead(302, { location: "/loop" });
      response.end();
    } else if (path === "/big-declared") {
      response.writeHead(200, { "content-type": "text/plain", "content-length": "5000" });
      response.end("x".repeat(5000));
    } else if (path === "/big-streamed") {
      // No content-length: the cap must stop the stream itself.
      response.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => response.write("y".repeat(512)), 5);
      response.on("close", () => clearInterval(timer));
    } else if (path === "/slow") {
      // Never answers.
    } else if (path === "/image") {
      response.writeHead(200, { "content-type": "image/png" });
      response.end("png");
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  hostPort = `127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(promise: Promise<unknown>): Promise<ExtractionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  expect((error as ExtractionError).field).toBe("url");
  return error as ExtractionError;
}

describe("fetchDocumentUrl", () => {
  const saved = process.env.ATLAS_URL_FETCH_ALLOW_HOSTS;
  afterEach(() => {
    if (saved === undefined) delete process.env.ATLAS_URL_FETCH_ALLOW_HOSTS;
    else process.env.ATLAS_URL_FETCH_ALLOW_HOSTS = saved;
  });

  it("refuses the local server by default: loopback", async () => {
    delete process.env.ATLAS_URL_FETCH_ALLOW_HOSTS;
    const error = await refusal(fetchDocumentUrl(`${base}/page`));
    expect({ code: error.code, status: error.status }).toEqual({
      code: "url_not_allowed",
      status: 400,
    });
    expect(error.message).toMatch(/127\.0\.0\.1, a loopback address/);
  });

  it("refuses localhost by name, whatever it resolves to", async () => {
    delete process.env.ATLAS_URL_FETCH_ALLOW_HOSTS;
    const error = await refusal(fetchDocumentUrl(`http://localhost:${hostPort.split(":")[1]}/`));
    expect(error.code).toBe("url_not_allowed");
    expect(error.message).toMatch(/loopback/);
  });

  it("fetches it when ATLAS_URL_FETCH_ALLOW_HOSTS names host:port, following a redirect", async () => {
    process.env.ATLAS_URL_FETCH_ALLOW_HOSTS = `example.org:443, ${hostPort}`;
    const direct = await fetchDocumentUrl(`${base}/page`);
    expect(Buffer.from(direct.bytes).toString()).toBe(PAGE);
    expect(direct.contentType).toBe("text/html; charset=utf-8");
    const redirected = await fetchDocumentUrl(`${base}/redirect`);
    expect(redirected.finalUrl).toBe(`${base}/page`);
  });

  it("does not allow another port of an allowed host", async () => {
    process.env.ATLAS_URL_FETCH_ALLOW_HOSTS = "127.0.0.1:1";
    expect((await refusal(fetchDocumentUrl(`${base}/page`))).code).toBe("url_not_allowed");
  });

  it.each([
    ["/to-metadata", "url_not_allowed", /169\.254\.169\.254, a link-local address/],
    ["/to-private", "url_not_allowed", /10\.0\.0\.7, a private address/],
    ["/to-file", "url_not_allowed", /only http:\/\/ and https:\/\/ URLs/],
    ["/loop", "url_fetch_failed", /redirects more than 5 times/],
    ["/big-declared", "url_too_large", /larger than the limit of 1024 bytes/],
    ["/big-streamed", "url_too_large", /larger than the limit of 1024 bytes/],
    ["/image", "url_content_type", /is image\/png; only HTML/],
    ["/missing", "url_fetch_failed", /answered HTTP 404/],
  ])("refuses %s with %s", async (path, code, message) => {
    const error = await refusal(
      fetchDocumentUrl(`${base}${path}`, { allowHosts: [hostPort], maxBytes: 1024 }),
    );
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("gives up after the time cap", async () => {
    const started = Date.now();
    const error = await refusal(
      fetchDocumentUrl(`${base}/slow`, { allowHosts: [hostPort], timeoutMs: 200 }),
    );
    expect({ code: error.code, status: error.status }).toEqual({
      code: "url_timeout",
      status: 422,
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ["file:///etc/passwd", "url_not_allowed"],
    ["ftp://example.org/a.txt", "url_not_allowed"],
    ["javascript:alert(1)", "url_not_allowed"],
    ["https://user:secret@example.org/", "url_not_allowed"],
    ["not a url", "url_invalid"],
    ["http://[::1]:8080/", "url_not_allowed"],
    ["http://0.0.0.0/", "url_not_allowed"],
    ["http://[::ffff:127.0.0.1]/", "url_not_allowed"],
  ])("refuses %s before connecting", async (url, code) => {
    expect((await refusal(fetchDocumentUrl(url))).code).toBe(code);
  });
});
