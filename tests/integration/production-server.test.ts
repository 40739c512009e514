import { liveServers } from "@/scripts/lib/serving.mjs";
import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import { freePort } from "@/scripts/lib/harness/throwaway-neo4j";
import { ADMIN, ANALYST } from "@/tests/support/admin-client";
import { GZIP_FROM_BYTES } from "@/lib/api/stored-gzip.mjs";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * The real production server (scripts/serve.mjs over the build), not a route handler: methods no
 * route answers end at its gate as a 405 JSON (TRACE used to be a 500 with a stack in the log), and
 * while it serves it is listed as serving `.next`, so another start refuses to rebuild under it.
 */
jest.setTimeout(600_000);

let app: AppServer;
let port: number;

beforeAll(async () => {
  ensureThrowawayBuild();
  port = await freePort();
  app = await startAppServer({
    port,
    env: { ATLAS_ADMIN_PASSWORD: ADMIN.password, ATLAS_ANALYST_PASSWORD: ANALYST.password },
    timeoutMs: 300_000,
  });
});

afterAll(async () => {
  await app?.stop();
});

/** fetch refuses TRACE and TRACK itself, hence node:http (which also never decodes gzip). */
function sendRaw(
  method: string,
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const collect = (
      status: number,
      answered: Record<string, unknown>,
      stream: NodeJS.ReadableStream,
      head?: Buffer,
    ) => {
      const chunks: Buffer[] = head ? [head] : [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => resolve({ status, headers: answered, bytes: Buffer.concat(chunks) }));
    };
    const req = httpRequest({ host: "127.0.0.1", port, method, path: target, headers }, (res) =>
      collect(res.statusCode ?? 0, res.headers, res),
    );
    // A CONNECT's answer arrives as "connect", its body on the raw socket.
    req.on("connect", (res, socket, head) =>
      collect(res.statusCode ?? 0, res.headers, socket, head),
    );
    req.on("error", reject);
    req.end();
  });
}

async function send(
  method: string,
  target: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { bytes, ...answer } = await sendRaw(method, target);
  return { ...answer, body: bytes.toString("utf8") };
}

it.each(["TRACE", "CONNECT", "PROPFIND", "MKCOL"])(
  "%s answers 405 JSON naming the allowed methods",
  async (method) => {
    const response = await send(method, method === "CONNECT" ? "127.0.0.1:1" : "/api/health");
    expect(response.status).toBe(405);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(String(response.headers.allow)).toContain("GET");
    const body = JSON.parse(response.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.error.message).toContain(method);
  },
);

it("leaves a method Node's parser does not know (TRACK) to Node's own 400, before any app code", async () => {
  const response = await send("TRACK", "/api/health");
  expect(response.status).toBe(400);
  expect(response.body).not.toMatch(/at \w+ \(/);
});

it("still answers the methods routes use", async () => {
  expect((await send("GET", "/api/health")).status).toBe(200);
  expect((await send("HEAD", "/")).status).toBe(200);
});

it("refuses sign-ins past its in-flight bound before Next, and signs the owner in after", async () => {
  // Twenty sign-ins held in flight: headers sent, body not yet. The server's bound is 16.
  const body = JSON.stringify({ username: "held", password: "wrong-password" });
  const held = Array.from({ length: 20 }, () => {
    const req = httpRequest({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/auth/login",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        origin: `http://127.0.0.1:${port}`,
      },
    });
    const answered = new Promise<number>((resolve, reject) => {
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
    });
    req.flushHeaders();
    return { req, answered };
  });
  // Answers that come while the body is still held come from the server's gate, not from Next.
  const early = await Promise.race([
    Promise.all(held.slice(16).map((h) => h.answered)),
    new Promise<"none">((resolve) => setTimeout(() => resolve("none"), 10_000)),
  ]);
  expect(early).toEqual([429, 429, 429, 429]);
  for (const { req } of held) req.end(body);
  const statuses = await Promise.all(held.slice(0, 16).map((h) => h.answered));
  // The held ones reach the app: wrong password (401) or its own per-address limit (429).
  expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify(ADMIN),
  });
  expect(response.status).toBe(200);
});

describe("static files, from memory (scripts/lib/static-files.mjs)", () => {
  it("sends a build chunk as it is on disk, gzipped once, for a year, with the security headers and a 304 for its tag", async () => {
    const page = (await send("GET", "/")).body;
    const chunk = /\/_next\/static\/[\w/.-]+\.js/.exec(page)?.[0];
    expect(chunk).toBeDefined();
    const onDisk = readFileSync(
      path.join(".next", "static", chunk!.slice("/_next/static/".length)),
    );
    const plain = await sendRaw("GET", chunk!);
    expect(plain.status).toBe(200);
    expect(plain.bytes.equals(onDisk)).toBe(true);
    expect(plain.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(String(plain.headers["content-security-policy"])).toContain("default-src 'self'");
    expect(plain.headers["x-content-type-options"]).toBe("nosniff");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    if (onDisk.byteLength >= GZIP_FROM_BYTES) {
      const gzipped = await sendRaw("GET", chunk!, { "accept-encoding": "gzip, br" });
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gzipped.bytes).equals(onDisk)).toBe(true);
      expect(gzipped.headers.etag).toBe(plain.headers.etag);
    }
    const head = await sendRaw("HEAD", chunk!);
    expect(head.status).toBe(200);
    expect(head.bytes.byteLength).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(onDisk.byteLength);
    const again = await sendRaw("GET", chunk!, { "if-none-match": String(plain.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes.byteLength).toBe(0);
  });

  it("sends public/graph-early.js to be revalidated, as Next would", async () => {
    const early = await sendRaw("GET", "/graph-early.js");
    expect(early.status).toBe(200);
    expect(early.bytes.equals(readFileSync(path.join("public", "graph-early.js")))).toBe(true);
    expect(early.headers["cache-control"]).toBe("public, max-age=0");
  });

  it.each([
    "/_next/static/../../package.json",
    "/_next/static/%2e%2e/%2e%2e/package.json",
    "/_next/static/..%2f..%2fpackage.json",
    "/..%2fpackage.json",
    "/_next/static/chunks/not-a-chunk.js",
  ])("never sends a file outside the build and public/: %s is Next's 404", async (target) => {
    const response = await sendRaw("GET", target);
    expect(response.status).toBe(404);
    expect(response.bytes.toString("utf8")).not.toContain('"name": "influence-atlas"');
  });
});

it("is listed as serving .next while it runs, and not once stopped", async () => {
  const serving = liveServers().filter((server) => server.port === port);
  expect(serving).toHaveLength(1);
  expect(serving[0]!.host).toBe("127.0.0.1");
  await app.stop();
  expect(liveServers().filter((server) => server.port === port)).toEqual([]);
});
