import fc from "fast-check";
import { POST as loginPost } from "@/app/api/auth/login/route";
import { POST as logoutPost } from "@/app/api/auth/logout/route";
import { GET as sessionGet } from "@/app/api/auth/session/route";
import { GET as auditGet } from "@/app/api/cypher/audit/route";
import { GET as historyGet } from "@/app/api/cypher/history/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { DELETE as savedDelete } from "@/app/api/cypher/saved/[id]/route";
import { GET as savedGet, POST as savedPost } from "@/app/api/cypher/saved/route";
import { BODY_LIMITS } from "@/lib/api/read-json-body";
import { graphChecksum } from "@/lib/backup/graph-dump";
import { getDb } from "@/lib/db/driver";
import { seedGraph } from "@/lib/seed/run-seed";
import { countGraph } from "@/lib/seed/write";
import {
  ADMIN,
  ANALYST,
  ORIGIN,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { INJECTION_PAYLOADS, hostileString } from "@/tests/support/hostile-input";
import {
  headerSafeString,
  hostileBody,
  hostileValue,
  type HostileBody,
} from "@/tests/support/hostile-requests";
import {
  envFor,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
  type ThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

// Runs per property; their sum is the fuzz case count reported in docs/reliability.md.
const RUNS = {
  login: 200,
  cypherSignedOut: 150,
  cypherAnalyst: 400,
  savedPost: 150,
  savedDelete: 100,
  sessionReads: 150,
  logout: 100,
};

/** Writes, administration and injection attempts an analyst's read-mode console must refuse. */
const CYPHER_ATTACKS = [
  "CREATE (n:FuzzWrite) RETURN n",
  "MATCH (n) DETACH DELETE n",
  "MATCH (n:Actor) SET n.name = 'pwned' RETURN n",
  "MERGE (n:FuzzWrite {id: 1}) RETURN n",
  "MATCH (:Actor)-[r]->() DELETE r",
  "MATCH (n:Actor) REMOVE n:Actor",
  "CALL { CREATE (n:FuzzWrite) } RETURN 1",
  "FOREACH (x IN [1] | CREATE (:FuzzWrite))",
  "UNWIND range(1, 10) AS i CREATE (:FuzzWrite {i: i})",
  "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1",
  "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:FuzzWrite {row: row})",
  "LOAD CSV FROM 'http://127.0.0.1:1/' AS row RETURN row",
  "CALL db.createLabel('FuzzWrite')",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  "CALL dbms.security.createUser('mallory', 'mallory-password', false)",
  "CREATE INDEX fuzz IF NOT EXISTS FOR (n:FuzzWrite) ON (n.x)",
  "DROP INDEX actor_names IF EXISTS",
  "CREATE USER mallory SET PASSWORD 'mallory-password'",
  "USE system SHOW USERS",
  "SHOW USERS",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "MATCH (a:Actor {id: '' OR 1=1 //'}) DETACH DELETE a",
  `MATCH (a:Actor {id: ""}) MATCH (n) DETACH DELETE n //"}) RETURN a`,
  "MATCH (a:Actor) WHERE a.id = '' OR 1=1 // '\nDETACH DELETE a",
  "RETURN 1; MATCH (n) DETACH DELETE n",
  "MATCH (`n`) DETACH DELETE `n`",
  "MATCH (`a` {id: 'x'})--(`b`) SET `b`.`name` = 'x'",
  "EXPLAIN MATCH (n) DETACH DELETE n",
  "PROFILE MATCH (n) DETACH DELETE n",
  "CYPHER runtime=interpreted MATCH (n) DETACH DELETE n",
  "MATCH (n) WHERE n.id = $id DETACH DELETE n",
  "WITH $query AS q CALL db.cypher(q) YIELD value RETURN value",
];

/** Fragments that random queries are pieced together from, valid and broken. */
const CYPHER_FRAGMENTS = [
  "MATCH (n)",
  "MATCH (a:Actor)-[r]->(b)",
  "OPTIONAL MATCH (x:Passage)",
  "WITH n",
  "WHERE n.id = $id",
  "WHERE a.name CONTAINS $param",
  "UNWIND $list AS item",
  "RETURN n LIMIT 5",
  "RETURN count(*)",
  "RETURN $param AS p",
  "CREATE (m:FuzzWrite)",
  "SET n.fuzz = 1",
  "DELETE n",
  "DETACH DELETE n",
  "MERGE (m:FuzzWrite)",
  "REMOVE n.name",
  "CALL db.labels() YIELD label",
  "ORDER BY n.name",
  "SKIP $skip",
  "LIMIT $limit",
  "UNION",
  "`weird`",
  "//",
  "/*",
  ";",
  "'",
  '"',
  "}",
  ")",
  "$",
  "{",
  "CALL {",
  "FOREACH (i IN [1] |",
];

const PARAM_NAMES = ["id", "list", "skip", "limit", "param", "query", "x", "$param", "__proto__"];

const taggedValue = fc.record(
  {
    $type: fc.constantFrom(
      "Integer",
      "Float",
      "Map",
      "Bytes",
      "Node",
      "Relationship",
      "Path",
      "Date",
      "DateTime",
      "Duration",
      "Point",
      "Unknown",
      "Bogus",
    ),
    value: hostileValue,
    year: hostileValue,
    labels: hostileValue,
    properties: hostileValue,
    nodes: hostileValue,
  },
  { requiredKeys: ["$type"] },
);

const cypherQuery = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CYPHER_ATTACKS) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...CYPHER_FRAGMENTS), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(" ")),
  },
  { weight: 2, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...INJECTION_PAYLOADS)
      .map((payload) => `MATCH (a:Actor) WHERE a.id = '${payload}' RETURN a.name`),
  },
  { weight: 1, arbitrary: fc.constant("MATCH (a:Actor) WHERE a.id = $id RETURN a.name") },
);

const cypherParams = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(
      fc.constantFrom(...PARAM_NAMES),
      fc.oneof(hostileString, fc.integer(), fc.array(fc.integer(), { maxLength: 3 })),
      { maxKeys: 4 },
    ),
  },
  { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...PARAM_NAMES), hostileValue) },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.constantFrom(...PARAM_NAMES), taggedValue, { maxKeys: 2 }),
  },
  { weight: 1, arbitrary: hostileValue },
);

// Mostly well-typed, so that most cases reach Neo4j; the rest test the body's validation.
const cypherBody = fc.record(
  {
    query: fc.oneof({ weight: 8, arbitrary: cypherQuery }, { weight: 1, arbitrary: hostileValue }),
    params: cypherParams,
    mode: fc.oneof(
      { weight: 6, arbitrary: fc.constant("read") },
      { weight: 1, arbitrary: fc.constantFrom("write", "READ", "admin") },
      { weight: 1, arbitrary: hostileValue },
    ),
    confirm: fc.oneof(
      { weight: 4, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: hostileValue },
    ),
  },
  { requiredKeys: ["query"] },
);

const loginBody = fc.record(
  {
    username: fc.oneof(fc.constantFrom("analyst", "admin", "mallory", " ADMIN "), hostileValue),
    password: fc.oneof(fc.constantFrom("wrong-password", ANALYST.password + " "), hostileValue),
    extra: hostileValue,
  },
  { requiredKeys: [] },
);

const savedBody = fc.record(
  { name: hostileValue, query: fc.oneof(cypherQuery, hostileValue), params: cypherParams },
  { requiredKeys: [] },
);

let instance: ThrowawayNeo4j;
let analyst: Credentials;
let before: { counts: unknown; checksum: string };
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  // A Neo4j of this suite's own: counts and the id checksum must not see other suites' writes.
  instance = await startThrowawayNeo4j();
  Object.assign(process.env, envFor(instance), {
    // Enough for every case to reach the handler; the limit itself is tested in request-limits.
    ATLAS_CYPHER_RATE_BURST: "100000",
    ATLAS_LOGIN_RATE_BURST: "100000",
    // Random cross products must not hold the run up: a timeout is a 422 like any other.
    ATLAS_CYPHER_TIMEOUT_MS: "2000",
  });
  configureAdminConsole();
  await seedGraph(getDb(), { reset: true });
  analyst = await logIn(ANALYST);
  before = { counts: await countGraph(getDb()), checksum: await graphChecksum(getDb()) };
}, 180_000);

afterAll(async () => {
  await getDb().driver.close();
  await stopThrowawayNeo4j(instance.home);
  console.log(
    "fuzz statuses per endpoint:",
    Object.fromEntries([...statuses].map(([where, counts]) => [where, Object.fromEntries(counts)])),
  );
});

function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: HostileBody },
): Request {
  const headers: Record<string, string> = { host: "atlas.test", ...options.headers };
  const raw = options.body?.body;
  // Copied into a plain ArrayBuffer-backed array, which Request accepts as a body.
  let body: string | Uint8Array<ArrayBuffer> | undefined =
    typeof raw === "string" || raw === undefined ? raw : new Uint8Array(raw);
  if (options.body) {
    if (options.body.contentType === null) {
      // A string body would get text/plain from Request; bytes go without a Content-Type.
      if (typeof body === "string") body = new TextEncoder().encode(body);
    } else {
      headers["content-type"] = options.body.contentType;
    }
  }
  return new Request(`${ORIGIN}${url}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
}

/** The analyst's cookie with one id character changed (the first: the last holds padding bits). */
function tamperedCookie(): string {
  const id = analyst.cookie.split("=")[1]!;
  const changed = id.startsWith("A") ? "B" : "A";
  return `atlas_session=${changed}${id.slice(1)}`;
}

/** Cookie and CSRF headers that are never a valid pair for a live session. */
const badCredentials = fc
  .record({
    cookie: fc.oneof(
      fc.constant(undefined),
      headerSafeString,
      headerSafeString.map((value) => `atlas_session=${value}`),
      fc.constant(null).map(tamperedCookie),
      hostileString.map((value) => `atlas_session=${encodeURIComponent(value)}`),
    ),
    csrf: fc.oneof(fc.constant(undefined), headerSafeString),
    origin: fc.constantFrom(ORIGIN, undefined, "https://evil.example", "null"),
  })
  .map(({ cookie, csrf, origin }) => ({
    ...(cookie !== undefined && { cookie }),
    ...(csrf !== undefined && { "x-csrf-token": csrf }),
    ...(origin !== undefined && { origin }),
  }));

const signedIn = () => ({
  cookie: analyst.cookie,
  "x-csrf-token": analyst.csrfToken,
  origin: ORIGIN,
});

/** Every answer is JSON (or an empty 204) with an allowed status, and no stack trace. */
async function expectHandled(
  where: string,
  response: Response,
  allowed: number[],
): Promise<unknown> {
  const byStatus = statuses.get(where) ?? new Map<number, number>();
  byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
  statuses.set(where, byStatus);
  expect({ where, status: response.status, allowed: allowed.includes(response.status) }).toEqual({
    where,
    status: response.status,
    allowed: true,
  });
  if (response.status === 204) return null;
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at /);
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  if (response.status >= 400) {
    expect(typeof body.error?.code).toBe("string");
    expect(typeof body.error?.message).toBe("string");
  }
  return body;
}

const FUZZ_TIMEOUT = 300_000;

describe("hostile input on the admin console", () => {
  it(
    "POST /api/auth/login refuses every hostile body, never signing in",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileBody(loginBody, BODY_LIMITS.login),
          fc.constantFrom(ORIGIN, undefined, "https://evil.example"),
          async (body, origin) => {
            const response = await loginPost(
              request("/api/auth/login", { body, headers: origin ? { origin } : {} }),
            );
            await expectHandled("login", response, [400, 401, 403, 413, 415, 429]);
            expect(response.headers.get("set-cookie")).toBeNull();
          },
        ),
        { numRuns: RUNS.login },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "POST /api/cypher without a valid session and CSRF token answers 401 or 403, running nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          badCredentials,
          hostileBody(cypherBody, BODY_LIMITS.cypher),
          async (headers, body) => {
            const response = await cypherPost(request("/api/cypher", { headers, body }));
            await expectHandled("cypher signed out", response, [401, 403]);
          },
        ),
        { numRuns: RUNS.cypherSignedOut },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "POST /api/cypher as an analyst runs reads at most, refusing every write",
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileBody(cypherBody, BODY_LIMITS.cypher), async (body) => {
          const response = await cypherPost(request("/api/cypher", { headers: signedIn(), body }));
          const result = (await expectHandled(
            "cypher analyst",
            response,
            [200, 400, 403, 413, 415, 422],
          )) as { summary?: { containsUpdates: boolean; counters: Record<string, number> } };
          if (response.status === 200) {
            expect(result.summary?.containsUpdates).toBe(false);
            expect(Object.values(result.summary?.counters ?? {}).every((n) => n === 0)).toBe(true);
          }
        }),
        { numRuns: RUNS.cypherAnalyst },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "POST /api/cypher/saved saves well-formed queries and refuses the rest",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { weight: 4, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: badCredentials },
          ),
          hostileBody(savedBody, BODY_LIMITS.cypher),
          async (credentials, body) => {
            const headers = credentials ?? signedIn();
            const response = await savedPost(request("/api/cypher/saved", { headers, body }));
            const allowed = credentials ? [401, 403] : [201, 400, 413, 415];
            await expectHandled("saved post", response, allowed);
          },
        ),
        { numRuns: RUNS.savedPost },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "DELETE /api/cypher/saved/{id} answers 404 for every hostile id",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileString,
          fc.oneof(
            { weight: 4, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: badCredentials },
          ),
          async (id, credentials) => {
            const response = await savedDelete(
              request(`/api/cypher/saved/${encodeURIComponent(id)}`, {
                method: "DELETE",
                headers: credentials ?? signedIn(),
              }),
              { params: Promise.resolve({ id }) },
            );
            await expectHandled("saved delete", response, credentials ? [401, 403] : [404]);
          },
        ),
        { numRuns: RUNS.savedDelete },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "session, history, saved list and audit answer hostile cookies with 401, an analyst's audit with 403",
    async () => {
      const reads = [
        ["session", sessionGet],
        ["history", historyGet],
        ["saved list", savedGet],
        ["audit", auditGet],
      ] as const;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...reads),
          fc.oneof(badCredentials, fc.constant(null)),
          async ([name, handler], credentials) => {
            const headers = credentials ?? { cookie: analyst.cookie };
            const response = await handler(request(`/api/${name}`, { headers }));
            const allowed = credentials ? [401] : [name === "audit" ? 403 : 200];
            await expectHandled(`get ${name}`, response, allowed);
          },
        ),
        { numRuns: RUNS.sessionReads },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "POST /api/auth/logout with hostile headers never ends the analyst's session",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          badCredentials,
          fc.boolean(),
          fc.option(hostileBody(loginBody, BODY_LIMITS.login)),
          async (headers, withRealCookie, body) => {
            const sent = withRealCookie ? { ...headers, cookie: analyst.cookie } : headers;
            const response = await logoutPost(
              request("/api/auth/logout", {
                method: "POST",
                headers: sent,
                body: body ?? undefined,
              }),
            );
            // A real cookie with a wrong or missing CSRF token is refused; anything else just clears.
            await expectHandled("logout", response, withRealCookie ? [403] : [200]);
          },
        ),
        { numRuns: RUNS.logout },
      );
      const stillSignedIn = await sessionGet(
        request("/api/auth/session", { headers: { cookie: analyst.cookie } }),
      );
      expect(stillSignedIn.status).toBe(200);
    },
    FUZZ_TIMEOUT,
  );

  it("leaves the graph exactly as it was, and admin sign-in still works", async () => {
    expect(await countGraph(getDb())).toEqual(before.counts);
    expect(await graphChecksum(getDb())).toBe(before.checksum);
    await expect(logIn(ADMIN)).resolves.toMatchObject({ csrfToken: expect.any(String) });
  });
});
