import neo4j from "neo4j-driver";
import { GET as auditGet } from "@/app/api/cypher/audit/route";
import { GET as historyGet } from "@/app/api/cypher/history/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { DELETE as savedDelete } from "@/app/api/cypher/saved/[id]/route";
import { GET as savedGet, POST as savedPost } from "@/app/api/cypher/saved/route";
import { GET as schemaGet } from "@/app/api/cypher/schema/route";
import { EXAMPLE_QUERIES } from "@/lib/admin/examples";
import { deserializeValue } from "@/lib/values/deserialize";
import { resultGraphElements } from "@/lib/cypher/result-graph";
import type { CypherJson } from "@/lib/values/cypher-json";
import { getDriver } from "@/lib/db/driver";
import { RECORD_LABELS } from "@/lib/graph/schema";
import { readRows, writeRows, type Db } from "@/lib/db/session";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { openTestDb } from "@/tests/support/test-db";

let db: Db;
let analyst: Credentials;
let admin: Credentials;

beforeAll(async () => {
  configureAdminConsole();
  db = openTestDb();
  analyst = await logIn(ANALYST);
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await writeRows(db, "MATCH (n:AdminConsoleTest) DETACH DELETE n");
  await db.driver.close();
  await getDriver().close();
});

async function run(credentials: Credentials, body: Record<string, unknown>) {
  const response = await cypherPost(authed("/api/cypher", credentials, body));
  return { status: response.status, body: await response.json() };
}

// The graph's nodes: running a query adds to its user's history, which is a record, not the graph.
const nodeCount = async () =>
  Number(
    (
      await readRows(db, `MATCH (n) WHERE NOT n:${RECORD_LABELS.join("|")} RETURN count(n) AS c`)
    )[0]!.c,
  );

describe("POST /api/cypher: reads", () => {
  it("answers 401 without a session", async () => {
    const response = await cypherPost(jsonRequest("/api/cypher", { query: "RETURN 1" }));
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  it("runs an analyst's read query and returns typed rows with a summary", async () => {
    const { status, body } = await run(analyst, {
      query: "MATCH (a:Actor) RETURN a, a.name AS name ORDER BY name LIMIT $n",
      params: { n: 3 },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(["a", "name"]);
    expect(body.rows).toHaveLength(3);
    expect(body.rows[0][0]).toMatchObject({
      $type: "Node",
      labels: expect.arrayContaining(["Actor"]),
    });
    expect(body.summary).toMatchObject({
      queryType: "r",
      rowCount: 3,
      truncated: false,
      containsUpdates: false,
      counters: expect.objectContaining({ nodesCreated: 0 }),
      timeMs: expect.any(Number),
      notifications: [],
    });
  });

  it.each([
    ["a body that is not JSON", "{not json", /JSON/],
    ["a missing query", { mode: "read" }, /query/],
    ["an empty query", { query: "   " }, /query/],
    ["parameters that are not an object", { query: "RETURN $x", params: [1] }, /params/],
    ["an unknown mode", { query: "RETURN 1", mode: "sudo" }, /mode/],
  ])("answers 400 for %s", async (_name, body, message) => {
    const request = authed("/api/cypher", analyst, body);
    const response = await cypherPost(request);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(message);
  });

  it("caps the rows of a 100,000-row query and says it truncated them", async () => {
    const { status, body } = await run(analyst, { query: "UNWIND range(1, 100000) AS i RETURN i" });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(1000);
    expect(body.rows[999]).toEqual([1000]);
    expect(body.summary).toMatchObject({ truncated: true, truncatedBy: "rows", rowCount: 1000 });
  });

  it("caps the size of the response", async () => {
    process.env.ATLAS_CYPHER_MAX_RESPONSE_BYTES = "20000";
    try {
      const { body } = await run(analyst, {
        query: "UNWIND range(1, 500) AS i RETURN i, $pad AS pad",
        params: { pad: "x".repeat(1000) },
      });
      expect(body.summary).toMatchObject({ truncated: true, truncatedBy: "bytes" });
      expect(JSON.stringify(body.rows).length).toBeLessThanOrEqual(20000);
    } finally {
      delete process.env.ATLAS_CYPHER_MAX_RESPONSE_BYTES;
    }
  });

  it("stops a query that would run forever at the transaction timeout", async () => {
    process.env.ATLAS_CYPHER_TIMEOUT_MS = "1500";
    try {
      const { status, body } = await run(analyst, {
        query: "UNWIND range(1, 4000000000) AS i WITH i WHERE i < 0 RETURN count(i)",
      });
      expect(status).toBe(422);
      expect(body.error.code).toMatch(/TransactionTimedOut/);
    } finally {
      delete process.env.ATLAS_CYPHER_TIMEOUT_MS;
    }
  });

  it.each([
    ["a syntax error on line 2", "MATCH (n)\nRETURN m", { line: 2, column: 8, offset: 17 }],
    ["a syntax error on line 1", "MATCH (n RETURN n", { line: 1, column: 10, offset: 9 }],
    ["an error after PROFILE", "PROFILE MATCH (n RETURN n", { line: 1, column: 18, offset: 17 }],
  ])("reports %s with Neo4j's code and the position in the query", async (_n, query, position) => {
    const { status, body } = await run(analyst, { query });
    expect(status).toBe(422);
    expect(body.error.code).toBe("Neo.ClientError.Statement.SyntaxError");
    expect(body.error.details.position).toEqual(position);
    expect(body.error.message).toContain(`line ${position.line}, column ${position.column}`);
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  });

  it("returns EXPLAIN and PROFILE plans as trees", async () => {
    const explained = await run(analyst, { query: "EXPLAIN MATCH (a:Actor) RETURN count(a)" });
    expect(explained.body.rows).toEqual([]);
    expect(explained.body.summary).toMatchObject({
      planKind: "EXPLAIN",
      plan: {
        operator: "ProduceResults",
        children: [expect.objectContaining({ operator: expect.any(String) })],
      },
    });
    const profiled = await run(analyst, {
      query: "PROFILE MATCH (a:Actor)-[r]->() RETURN count(r) AS c",
    });
    expect(profiled.body.rows).toHaveLength(1);
    expect(profiled.body.summary.planKind).toBe("PROFILE");
    expect(profiled.body.summary.plan).toMatchObject({
      operator: "ProduceResults",
      rows: 1,
      dbHits: expect.any(Number),
    });
  });

  it("round-trips values of every Cypher type exactly, compared with the driver's own", async () => {
    const query = `MATCH p = (a:Actor)-[r:HOSTILE_TO]->(b:Actor)
      WITH p, a, r ORDER BY r.id LIMIT 1
      RETURN p, a, r, 9007199254740993 AS big, -9223372036854775808 AS smallest, 42 AS small,
        1.0 AS wholeFloat, 0.1 AS float, -0.0 AS negativeZero, 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf,
        'text' AS string, true AS yes, null AS nothing, [1, 'two', [3.0]] AS list,
        {a: 1, nested: {b: [date('2024-02-29')]}} AS map,
        date('2024-02-29') AS date, time('12:34:56.123456789+02:00') AS time,
        localtime('23:59:59.999') AS localTime, localdatetime('2024-01-02T03:04:05') AS localDateTime,
        datetime('2024-01-02T03:04:05.123456789[Europe/Paris]') AS zoned,
        datetime('2024-01-02T03:04:05-05:30') AS offset,
        duration('P1Y2M3DT4H5M6.7S') AS duration, point({x: 1.5, y: -2}) AS cartesian,
        point({longitude: 44.4, latitude: 33.3, height: 10}) AS geographic3d`;
    const { status, body } = await run(analyst, { query });
    expect(status).toBe(200);
    const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
    try {
      const direct = (await session.run(query)).records[0]!;
      expect(body.columns).toEqual(direct.keys);
      const row = body.rows[0] as CypherJson[];
      direct.keys.forEach((key, i) => {
        expect([key, deserializeValue(row[i]!)]).toEqual([key, direct.get(key)]);
      });
      expect(row[body.columns.indexOf("big")]).toEqual({
        $type: "Integer",
        value: "9007199254740993",
      });
      expect(neo4j.isPath(deserializeValue(row[0]!))).toBe(true);
    } finally {
      await session.close();
    }
  });

  it.each(EXAMPLE_QUERIES.map((e) => [e.name, e] as const))(
    "runs the example %s in read mode with rows to show",
    async (_name, example) => {
      const { status, body } = await run(analyst, { query: example.query, params: example.params });
      expect(status).toBe(200);
      expect(body.summary.queryType).toBe("r");
      expect(body.rows.length).toBeGreaterThan(0);
      if (/^RETURN (a, h|p)/m.test(example.query)) {
        expect(resultGraphElements(body.rows).edges.length).toBeGreaterThan(0);
      }
    },
  );

  it("serves the live schema's names for autocompletion", async () => {
    const response = await schemaGet(authed("/api/cypher/schema", analyst, undefined, "GET"));
    expect(response.status).toBe(200);
    const schema = await response.json();
    expect(schema.labels).toEqual(expect.arrayContaining(["Actor", "Passage", "Document"]));
    expect(schema.relationshipTypes).toEqual(expect.arrayContaining(["HOSTILE_TO", "INFLUENCES"]));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(["name", "weight"]));
  });
});

describe("POST /api/cypher: safety", () => {
  it("proves the server enforces the read access mode: CREATE inside executeRead fails", async () => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
    try {
      await expect(
        session.executeRead((tx) => tx.run("CREATE (:AdminConsoleTest)")),
      ).rejects.toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
      const explained = await session.run("EXPLAIN MATCH (n) SET n.x = 1 RETURN n");
      expect(explained.summary.queryType).toBe("rw");
    } finally {
      await session.close();
    }
  });

  it.each([
    ["CREATE (n:AdminConsoleTest)", "read_only"],
    ["CALL { MATCH (n) SET n.x = 1 }", "read_only"],
    ["MATCH (n:Actor) DETACH DELETE n", "read_only"],
    ["CREATE INDEX x IF NOT EXISTS FOR (n:AdminConsoleTest) ON (n.x)", "read_only"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "load_csv"],
    ["LOAD CSV FROM 'http://127.0.0.1:7474/' AS row RETURN row", "load_csv"],
    ["CALL db.createLabel('AdminConsoleTest')", "procedure_not_allowed"],
  ])("refuses in read mode, leaving the graph as it was: %s", async (query, code) => {
    const before = await nodeCount();
    const { status, body } = await run(analyst, { query });
    expect(status).toBe(403);
    expect(body.error.code).toBe(code);
    expect(await nodeCount()).toBe(before);
  });

  it("explains a write query in read mode without running it", async () => {
    const before = await nodeCount();
    const { status, body } = await run(analyst, { query: "EXPLAIN CREATE (n:AdminConsoleTest)" });
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ queryType: "w", planKind: "EXPLAIN", rowCount: 0 });
    expect(await nodeCount()).toBe(before);
  });

  it("refuses write mode to an analyst", async () => {
    const { status, body } = await run(analyst, {
      query: "CREATE (n:AdminConsoleTest)",
      mode: "write",
      confirm: true,
    });
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
  });

  it.each([
    ["SHOW USERS"],
    ["SHOW DATABASES"],
    ["SHOW SETTINGS"],
    ["SHOW TRANSACTIONS"],
    ["CREATE USER mallory SET PASSWORD 'mallory-password'"],
    ["ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'y'"],
    ["DROP DATABASE neo4j"],
    ["CALL dbms.security.createUser('mallory', 'mallory-password', false)"],
    ["CALL dbms.components()"],
    ["CALL dbms.listConfig()"],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ])("refuses server administration in both modes: %s", async (query) => {
    for (const [credentials, mode] of [
      [analyst, "read"],
      [admin, "write"],
    ] as const) {
      const { status, body } = await run(credentials, { query, mode, confirm: true });
      expect(status).toBe(403);
      expect(["admin_command", "procedure_not_allowed"]).toContain(body.error.code);
    }
  });

  it("runs an admin's write only after confirmation, and audits both attempts", async () => {
    const query = "CREATE (n:AdminConsoleTest {name: $name}) RETURN n";
    const params = { name: "audited" };
    const unconfirmed = await run(admin, { query, params, mode: "write" });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error).toMatchObject({
      code: "confirmation_required",
      details: { queryType: "rw" },
    });
    expect(
      await readRows(db, "MATCH (n:AdminConsoleTest {name: 'audited'}) RETURN n"),
    ).toHaveLength(0);

    const confirmed = await run(admin, { query, params, mode: "write", confirm: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.summary).toMatchObject({
      queryType: "rw",
      containsUpdates: true,
      counters: expect.objectContaining({ nodesCreated: 1, labelsAdded: 1, propertiesSet: 1 }),
    });
    expect(
      await readRows(db, "MATCH (n:AdminConsoleTest {name: 'audited'}) RETURN n"),
    ).toHaveLength(1);

    // Other suites write audit entries as admin at the same time: this test's are the newest
    // console writes of this query.
    const audit = await auditGet(
      authed("/api/cypher/audit?action=cypher.write&limit=200", admin, undefined, "GET"),
    );
    const { entries } = (await audit.json()) as { entries: { query: string | null }[] };
    expect(entries.filter((entry) => entry.query === query).slice(0, 2)).toEqual([
      expect.objectContaining({
        user: "admin",
        role: "admin",
        query,
        params,
        queryType: "rw",
        outcome: "ok",
        counters: expect.objectContaining({ nodesCreated: 1 }),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
      expect.objectContaining({ query, outcome: "unconfirmed", counters: null }),
    ]);
  });

  it("keeps the audit log from analysts", async () => {
    const response = await auditGet(authed("/api/cypher/audit", analyst, undefined, "GET"));
    expect(response.status).toBe(403);
  });
});

describe("history and saved queries", () => {
  it("keeps each user's history, newest first", async () => {
    await run(analyst, { query: "RETURN 'history-1' AS h" });
    await run(analyst, { query: "RETURN 'history-2' AS h" });
    const response = await historyGet(authed("/api/cypher/history", analyst, undefined, "GET"));
    const { history } = await response.json();
    expect(history.slice(0, 2).map((h: { query: string }) => h.query)).toEqual([
      "RETURN 'history-2' AS h",
      "RETURN 'history-1' AS h",
    ]);
    const adminHistory = await (
      await historyGet(authed("/api/cypher/history", admin, undefined, "GET"))
    ).json();
    expect(adminHistory.history.map((h: { query: string }) => h.query)).not.toContain(
      "RETURN 'history-1' AS h",
    );
  });

  it("saves, lists and deletes named queries", async () => {
    const saved = await savedPost(
      authed("/api/cypher/saved", analyst, {
        name: "Count actors",
        query: "MATCH (a:Actor) RETURN count(a)",
      }),
    );
    expect(saved.status).toBe(201);
    const { id } = await saved.json();
    const list = await (
      await savedGet(authed("/api/cypher/saved", analyst, undefined, "GET"))
    ).json();
    // Other suites save the analyst's queries on the shared database too (console-records).
    expect(list.saved).toContainEqual(expect.objectContaining({ id, name: "Count actors" }));
    const removed = await savedDelete(
      authed(`/api/cypher/saved/${id}`, analyst, undefined, "DELETE"),
      {
        params: Promise.resolve({ id }),
      },
    );
    expect(removed.status).toBe(204);
    const bad = await savedPost(authed("/api/cypher/saved", analyst, { name: "", query: "" }));
    expect(bad.status).toBe(400);
  });
});
