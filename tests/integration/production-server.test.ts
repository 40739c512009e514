import { liveServers } from "@/scripts/lib/serving.mjs";
import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import { freePort } from "@/scripts/lib/harness/throwaway-neo4j";
import { ADMIN, ANALYST } from "@/tests/support/admin-client";
import { request as httpRequest } from "node:http";

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

/** fetch refuses TRACE and TRACK itself, hence node:http. */
function send(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    // A CONNECT's answer arrives as "connect", its body on the raw socket.
    req.on("connect", (res, socket, head) => {
      let body = head.toString("utf8");
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (body += chunk));
      socket.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
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

it("is listed as serving .next while it runs, and not once stopped", async () => {
  const serving = liveServers().filter((server) => server.port === port);
  expect(serving).toHaveLength(1);
  expect(serving[0]!.host).toBe("127.0.0.1");
  await app.stop();
  expect(liveServers().filter((server) => server.port === port)).toEqual([]);
});
