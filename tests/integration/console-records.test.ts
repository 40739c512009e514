import { GET as auditGet } from "@/app/api/cypher/audit/route";
import { GET as historyGet } from "@/app/api/cypher/history/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { GET as savedGet, POST as savedPost } from "@/app/api/cypher/saved/route";
import { SAVED_QUERIES_MAX } from "@/lib/admin/saved-queries";
import { getDriver } from "@/lib/db/driver";
import { readRows, writeRows, type Db } from "@/lib/db/session";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { openTestDb } from "@/tests/support/test-db";
import { recordAudit } from "@/lib/audit/audit-entries";

// The audit store is made to fail inside the write's transaction (the database refuses the entry's
// statement), so the test shows the write rolls back with it. Suites share one Neo4j, so a
// constraint planted on every audit entry could not be created reliably.
jest.mock("@/lib/audit/audit-entries", () => {
  const actual = jest.requireActual("@/lib/audit/audit-entries");
  return { ...actual, recordAudit: jest.fn(actual.recordAudit) };
});

let db: Db;
let admin: Credentials;

beforeAll(async () => {
  configureAdminConsole();
  process.env.ATLAS_CYPHER_RATE_BURST = "100000";
  db = openTestDb();
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await writeRows(db, "MATCH (n:ConsoleRecordsTest) DETACH DELETE n");
  await db.driver.close();
  await getDriver().close();
});

describe("a console write and its audit entry", () => {
  it("does not commit when its audit entry cannot be written", async () => {
    const query = "CREATE (n:ConsoleRecordsTest {name: 'unaudited'}) RETURN n";
    jest.mocked(recordAudit).mockImplementationOnce(async (tx) => {
      // A statement the database refuses, run where the entry would be written.
      await tx.run("CREATE (:AuditEntry {id: $id}) CREATE (:AuditEntry {id: $id})", {
        id: "console-records-duplicate",
      });
      return "never";
    });
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await cypherPost(
        authed("/api/cypher", admin, { query, mode: "write", confirm: true }),
      );
      expect(response.status).toBe(500);
      expect((await response.json()).error.code).toBe("audit_failed");
      expect(
        await readRows(db, "MATCH (n:ConsoleRecordsTest {name: 'unaudited'}) RETURN n"),
      ).toHaveLength(0);
      expect(
        await readRows(db, "MATCH (a:AuditEntry {id: 'console-records-duplicate'}) RETURN a"),
      ).toHaveLength(0);
    } finally {
      errors.mockRestore();
    }
  });

  it("records the write in the same transaction, and a refused delete of the audit", async () => {
    const query = "CREATE (n:ConsoleRecordsTest {name: 'audited'}) RETURN n";
    const wipeQuery = "MATCH (a:AuditEntry) DETACH DELETE a // console-records";
    const ok = await cypherPost(
      authed("/api/cypher", admin, { query, mode: "write", confirm: true }),
    );
    expect(ok.status).toBe(200);
    const wipe = await cypherPost(
      authed("/api/cypher", admin, {
        query: wipeQuery,
        mode: "write",
        confirm: true,
      }),
    );
    expect(wipe.status).toBe(403);
    expect((await wipe.json()).error.code).toBe("audit_protected");
    // Other suites sign in as the same admin and write through the console at the same time, so
    // the newest entries are picked out by their queries; their order (newest first) is kept.
    const page = await (
      await auditGet(
        authed(
          "/api/cypher/audit?user=admin&action=cypher.write&limit=200",
          admin,
          undefined,
          "GET",
        ),
      )
    ).json();
    const ours = page.entries.filter(
      (e: { query?: string }) => e.query === query || e.query === wipeQuery,
    );
    expect(ours).toEqual([
      expect.objectContaining({
        query: wipeQuery,
        outcome: "refused",
        action: "cypher.write",
        target: db.database,
      }),
      expect.objectContaining({ query, outcome: "ok", sessionId: expect.any(String) }),
    ]);
    const refused = await (
      await auditGet(authed("/api/cypher/audit?outcome=refused&limit=200", admin, undefined, "GET"))
    ).json();
    expect(refused.entries.every((e: { outcome: string }) => e.outcome === "refused")).toBe(true);
    const tooBig = await auditGet(authed("/api/cypher/audit?limit=201", admin, undefined, "GET"));
    expect(tooBig.status).toBe(400);
  });
});

describe("history and saved queries under concurrency", () => {
  it("keeps 100 concurrent saves and refuses past the cap with 409", async () => {
    const user = await logIn(ANALYST);
    const saves = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        savedPost(
          authed("/api/cypher/saved", user, { name: `concurrent ${i}`, query: "RETURN 1" }),
        ),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual(Array(100).fill(201));
    const list = await (await savedGet(authed("/api/cypher/saved", user, undefined, "GET"))).json();
    expect(
      list.saved.filter((s: { name: string }) => s.name.startsWith("concurrent")),
    ).toHaveLength(100);
    const rest = SAVED_QUERIES_MAX - list.saved.length;
    await Promise.all(
      Array.from({ length: rest }, (_, i) =>
        savedPost(authed("/api/cypher/saved", user, { name: `filler ${i}`, query: "RETURN 2" })),
      ),
    );
    const full = await savedPost(
      authed("/api/cypher/saved", user, { name: "one more", query: "RETURN 3" }),
    );
    expect(full.status).toBe(409);
    expect((await full.json()).error).toMatchObject({
      code: "saved_queries_full",
      details: { cap: "SAVED_QUERIES_MAX", max: SAVED_QUERIES_MAX },
    });
    await writeRows(db, "MATCH (s:SavedQuery {owner: 'analyst'}) DELETE s");
  });

  it("gives 40 concurrent queries 40 history entries", async () => {
    const user = await logIn(ADMIN);
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        cypherPost(authed("/api/cypher", user, { query: `RETURN ${i} AS concurrent` })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
    const { history } = await (
      await historyGet(authed("/api/cypher/history?limit=100", user, undefined, "GET"))
    ).json();
    const queries = history
      .map((h: { query: string }) => h.query)
      .filter((q: string) => q.endsWith("AS concurrent"));
    expect(new Set(queries).size).toBe(40);
  });
});
