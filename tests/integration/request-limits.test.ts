import { POST as loginPost } from "@/app/api/auth/login/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { POST as savedPost } from "@/app/api/cypher/saved/route";
import { BODY_LIMITS } from "@/lib/api/read-json-body";
import { getDriver } from "@/lib/db/driver";
import {
  ADMIN,
  ANALYST,
  ORIGIN,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";

let analyst: Credentials;
let admin: Credentials;

beforeAll(async () => {
  configureAdminConsole();
  analyst = await logIn(ANALYST);
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await getDriver().close();
});

/** A body that streams in `chunks` pieces of `chunkBytes`, counting how many were pulled. */
function streamedBody(chunkBytes: number, chunks: number) {
  const pulled = { count: 0 };
  const chunk = new TextEncoder().encode(" ".repeat(chunkBytes));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count += 1;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

function streamedRequest(
  url: string,
  body: ReadableStream<Uint8Array>,
  headers: Record<string, string>,
): Request {
  return new Request(`${ORIGIN}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "atlas.test", origin: ORIGIN, ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

const credentialHeaders = (credentials: Credentials) => ({
  cookie: credentials.cookie,
  "x-csrf-token": credentials.csrfToken,
});

async function expectTooLarge(response: Response, maxBytes: number): Promise<void> {
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({
    error: {
      code: "payload_too_large",
      message: `The request body is larger than the limit of ${maxBytes} bytes.`,
      details: { maxBytes },
    },
  });
}

const ROUTES = [
  {
    name: "POST /api/auth/login",
    url: "/api/auth/login",
    post: loginPost,
    limit: BODY_LIMITS.login,
  },
  { name: "POST /api/cypher", url: "/api/cypher", post: cypherPost, limit: BODY_LIMITS.cypher },
  {
    name: "POST /api/cypher/saved",
    url: "/api/cypher/saved",
    post: savedPost,
    limit: BODY_LIMITS.cypher,
  },
];

describe("oversized request bodies", () => {
  it.each(ROUTES)("$name answers 413 for a body over its limit", async ({ url, post, limit }) => {
    const body = { query: "RETURN 1", name: "x", username: "analyst", pad: "x".repeat(limit) };
    await expectTooLarge(await post(authed(url, analyst, body)), limit);
  });

  it.each(ROUTES)(
    "$name refuses by Content-Length alone, before reading anything",
    async ({ url, post, limit }) => {
      const { stream, pulled } = streamedBody(1024, 10);
      const response = await post(
        streamedRequest(url, stream, {
          ...credentialHeaders(analyst),
          "content-length": String(limit + 1),
        }),
      );
      await expectTooLarge(response, limit);
      expect(pulled.count).toBeLessThanOrEqual(1);
    },
  );

  it.each(ROUTES)(
    "$name counts while streaming when Content-Length is missing or lies, and stops reading",
    async ({ url, post, limit }) => {
      const chunkBytes = 4096;
      const chunks = Math.ceil(limit / chunkBytes) + 50;
      for (const declared of [undefined, "10"]) {
        const { stream, pulled } = streamedBody(chunkBytes, chunks);
        const headers = {
          ...credentialHeaders(analyst),
          ...(declared && { "content-length": declared }),
        };
        await expectTooLarge(await post(streamedRequest(url, stream, headers)), limit);
        // It stopped soon after the limit: the rest of the body was never pulled.
        expect(pulled.count).toBeLessThan(Math.ceil(limit / chunkBytes) + 5);
      }
    },
  );

  it("accepts a body of exactly the limit", async () => {
    const json = JSON.stringify({ username: "nobody-at-the-limit", password: "wrong-password" });
    const body = json + " ".repeat(BODY_LIMITS.login - Buffer.byteLength(json));
    const response = await loginPost(jsonRequest("/api/auth/login", body));
    expect(response.status).toBe(401);
  });

  it("answers 415 for a body declared as something other than JSON", async () => {
    const response = await loginPost(
      jsonRequest("/api/auth/login", ANALYST, { "content-type": "text/plain" }),
    );
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe("unsupported_media_type");
  });

  it("accepts JSON with a charset, a +json type, or no Content-Type at all", async () => {
    for (const contentType of ["application/json; charset=utf-8", "application/vnd.api+json"]) {
      const typed = await cypherPost(
        new Request(`${ORIGIN}/api/cypher`, {
          method: "POST",
          headers: {
            ...credentialHeaders(analyst),
            host: "atlas.test",
            "content-type": contentType,
          },
          body: JSON.stringify({ query: "RETURN 1" }),
        }),
      );
      expect(typed.status).toBe(200);
    }
    const untyped = await cypherPost(
      new Request(`${ORIGIN}/api/cypher`, {
        method: "POST",
        headers: { ...credentialHeaders(analyst), host: "atlas.test" },
        body: new TextEncoder().encode(JSON.stringify({ query: "RETURN 1" })),
      }),
    );
    expect(untyped.status).toBe(200);
  });

  it("answers 400 for a body that is not UTF-8", async () => {
    const response = await cypherPost(
      new Request(`${ORIGIN}/api/cypher`, {
        method: "POST",
        headers: {
          ...credentialHeaders(admin),
          host: "atlas.test",
          "content-type": "application/json",
        },
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("The request body must be JSON.");
  });
});

describe("deeply nested JSON bodies", () => {
  // As text: JSON.stringify itself overflows the stack on a value nested 20,000 deep.
  const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  const DEEP = [
    {
      ...ROUTES[0]!,
      body: `{"username": ${nested(2_000)}, "password": "x"}`, // under its 16 KB cap
      field: "username.a.…",
    },
    {
      ...ROUTES[1]!,
      body: `{"query": "RETURN $p", "params": {"p": ${nested(20_000)}}}`,
      field: "params.p.…",
    },
    {
      ...ROUTES[1]!,
      body: `{"query": "RETURN $p", "params": {"p": [[[${nested(100)}]]]}}`,
      field: "params.p.…",
    },
    {
      ...ROUTES[2]!,
      body: `{"name": "deep", "query": "RETURN 1", "params": {"p": ${nested(20_000)}}}`,
      field: "params.p.…",
    },
  ];

  it.each(DEEP)("$name answers 400 naming $field", async ({ url, post, body, field }) => {
    const response = await post(authed(url, analyst, body));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const message = "is nested more than 64 levels deep";
    expect(await response.json()).toEqual({
      error: {
        code: "bad_request",
        message: `Invalid field: ${field}: ${message}`,
        details: [{ field, message }],
      },
    });
  });

  it("accepts parameters nested within the limit", async () => {
    const response = await cypherPost(
      authed("/api/cypher", analyst, `{"query": "RETURN $p AS p", "params": {"p": ${nested(60)}}}`),
    );
    expect(response.status).toBe(200);
  });
});

/**
 * Sets `limits` in the environment around each test of the enclosing block, and a clock the test
 * moves: the buckets read Date.now(), so tests move it instead of sleeping. New limits mean new
 * buckets, so earlier tests' requests do not count.
 */
function limitsWithClock(limits: Record<string, string>): { now: number } {
  const clock = { now: Date.now() };
  beforeEach(() => {
    Object.assign(process.env, limits);
    clock.now = Date.now();
    jest.spyOn(Date, "now").mockImplementation(() => clock.now);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const name of Object.keys(limits)) delete process.env[name];
  });
  return clock;
}

describe("rate limit on /api/cypher", () => {
  const clock = limitsWithClock({
    ATLAS_CYPHER_RATE_BURST: "2",
    ATLAS_CYPHER_RATE_PER_MINUTE: "30",
    // The addresses below come from a proxy's X-Forwarded-For.
    ATLAS_TRUST_PROXY: "1",
  });

  const query = (credentials: Credentials) =>
    cypherPost(authed("/api/cypher", credentials, { query: "RETURN 1 AS one" }));

  it("answers 429 with Retry-After past the burst, per user, and lets the user in again", async () => {
    // New limits mean new buckets: the earlier tests' queries do not count.
    expect((await query(analyst)).status).toBe(200);
    expect((await query(analyst)).status).toBe(200);
    const refused = await query(analyst);
    expect(refused.status).toBe(429);
    // Thirty a minute: the next token comes in 2 s.
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(await refused.json()).toEqual({
      error: {
        code: "too_many_requests",
        message: "Too many queries: at most 30 a minute (2 at once). Try again in 2 s.",
        details: { retryAfterSeconds: 2 },
      },
    });
    // Another user has a bucket of their own.
    expect((await query(admin)).status).toBe(200);

    clock.now += 1_000;
    expect((await query(analyst)).status).toBe(429);
    clock.now += 1_000;
    const recovered = await query(analyst);
    expect(recovered.status).toBe(200);
    expect((await recovered.json()).rows).toEqual([[1]]);
    expect((await query(analyst)).status).toBe(429);
  });

  it("limits requests without a session by client address", async () => {
    const anonymous = (address: string) =>
      cypherPost(jsonRequest("/api/cypher", { query: "RETURN 1" }, { "x-forwarded-for": address }));
    expect((await anonymous("203.0.113.7")).status).toBe(401);
    expect((await anonymous("203.0.113.7, 10.0.0.1")).status).toBe(401);
    const refused = await anonymous("203.0.113.7");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect((await anonymous("198.51.100.4")).status).toBe(401);
  });
});

describe("rate limit on sign-in attempts, per client address", () => {
  const clock = limitsWithClock({ ATLAS_LOGIN_RATE_BURST: "2", ATLAS_LOGIN_RATE_PER_MINUTE: "30" });

  // A new made-up user name each time: the per-name throttle never sees one twice.
  let guesses = 0;
  const attempt = (
    address: string,
    body: object = { username: `nobody-${guesses++}`, password: "x" },
  ) => loginPost(jsonRequest("/api/auth/login", body, { "x-forwarded-for": address }));

  it("answers 429 with Retry-After past the burst, whatever the user names, and forgives in time", async () => {
    expect((await attempt("203.0.113.9")).status).toBe(401);
    expect((await attempt("203.0.113.9")).status).toBe(401);
    const refused = await attempt("203.0.113.9");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect((await refused.json()).error.message).toBe(
      "Too many sign-in attempts from this address: at most 30 a minute. Try again in 2 s.",
    );
    // Even the right password waits: the limit counts attempts, not failures.
    expect((await attempt("203.0.113.9", ANALYST)).status).toBe(429);
    // Another address has a bucket of its own.
    expect((await attempt("198.51.100.4", ANALYST)).status).toBe(200);

    clock.now += 2_000;
    expect((await attempt("203.0.113.9", ANALYST)).status).toBe(200);
  });
});

describe("the client address without ATLAS_TRUST_PROXY", () => {
  const clock = limitsWithClock({
    ATLAS_CYPHER_RATE_BURST: "1",
    ATLAS_CYPHER_RATE_PER_MINUTE: "30",
  });
  const anonymous = (forwarded: string) =>
    cypherPost(jsonRequest("/api/cypher", { query: "RETURN 1" }, { "x-forwarded-for": forwarded }));

  it("is the nearest hop's entry, so a made-up first entry buys no new bucket", async () => {
    expect(clock.now).toBeGreaterThan(0);
    expect((await anonymous("198.51.100.1, 192.0.2.50")).status).toBe(401);
    expect((await anonymous("198.51.100.2, 192.0.2.50")).status).toBe(429);
    expect((await anonymous("192.0.2.51")).status).toBe(401);
  });
});
