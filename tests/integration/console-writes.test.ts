import { Neo4jError, type Driver, type Session, type Transaction } from "neo4j-driver";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { runConsoleQuery } from "@/lib/admin/console-query";
import { WriteOutcomeUnknown } from "@/lib/cypher/write-transaction";
import { getDriver } from "@/lib/db/driver";
import { readRows, writeRows, type Db } from "@/lib/db/session";
import {
  ADMIN,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { openTestDb } from "@/tests/support/test-db";

// Console writes run in an explicit transaction retried only before its commit
// (lib/cypher/write-transaction.ts). These tests use real transactions on the throwaway Neo4j;
// where a failure cannot be provoked for real (a connection lost during a commit), a thin wrapper
// around the real driver objects makes it happen at that exact point.

let db: Db;
let admin: Credentials;

beforeAll(async () => {
  configureAdminConsole();
  process.env.ATLAS_CYPHER_RATE_BURST = "100000";
  db = openTestDb();
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await writeRows(db, "MATCH (n:ConsoleWritesTest) DETACH DELETE n");
  await db.driver.close();
  await getDriver().close();
});

const actor = { user: "admin", role: "admin", sessionId: null, ip: null };

const lost = (where: string) =>
  new Neo4jError(`Connection lost ${where} (test)`, "ServiceUnavailable", "08N09", where);

/** `target` with some members replaced; every other member works on the real object. */
function override<T extends object>(target: T, replaced: Partial<T>): T {
  return new Proxy(target, {
    get(real, prop) {
      if (prop in replaced) return replaced[prop as keyof T];
      const value = Reflect.get(real, prop, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

/** The real database, with `transaction` applied to each transaction a session begins. */
function wrapTransactions(wrap: (tx: Transaction, n: number) => Transaction | Promise<never>): Db {
  let begun = 0;
  const driver = override<Driver>(db.driver, {
    session: (config) => {
      const session = db.driver.session(config);
      return override<Session>(session, {
        beginTransaction: ((txConfig) =>
          session
            .beginTransaction(txConfig)
            .then((tx) => wrap(tx, ++begun))) as Session["beginTransaction"],
      });
    },
  });
  return { driver, database: db.database };
}

async function auditOf(query: string) {
  return readRows(
    db,
    "MATCH (a:AuditEntry {query: $query}) RETURN a.outcome AS outcome, a.error AS error ORDER BY a.at",
    { query },
  );
}

describe("a console write's retries", () => {
  it("retries a write that deadlocked before its commit, and applies each write once", async () => {
    await writeRows(
      db,
      "CREATE (:ConsoleWritesTest {k: 1, n: 0}), (:ConsoleWritesTest {k: 2, n: 0})",
    );
    // Each takes one node's lock, spins, then wants the other's: Neo4j finds the deadlock and
    // fails one of them (a TransientError), whose transaction rolls back whole. On a busy machine
    // the two requests may not overlap at all (no deadlock, nothing to retry), so the pair is sent
    // again, each time as new queries, until one of them was retried after a deadlock.
    const crossing = (first: number, second: number, attempt: number) =>
      `MATCH (a:ConsoleWritesTest {k: ${first}}) SET a.n = a.n + 1, a.attempt = ${attempt}
       WITH a UNWIND range(1, 1000000) AS i WITH a, count(i) AS spin
       MATCH (b:ConsoleWritesTest {k: ${second}}) SET b.n = b.n + 1 RETURN spin`;
    const retriedAfterDeadlock = (calls: unknown[][]) =>
      calls.some(
        ([message, code]) =>
          String(message).includes("retrying") &&
          code === "Neo.TransientError.Transaction.DeadlockDetected",
      );
    const warnings = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    let attempts = 0;
    try {
      let retried = false;
      while (!retried && attempts < 5) {
        attempts += 1;
        warnings.mockClear();
        const responses = await Promise.all(
          [crossing(1, 2, attempts), crossing(2, 1, attempts)].map((query) =>
            cypherPost(authed("/api/cypher", admin, { query, mode: "write", confirm: true })),
          ),
        );
        expect(responses.map((r) => r.status)).toEqual([200, 200]);
        retried = retriedAfterDeadlock(warnings.mock.calls);
      }
      expect(retried).toBe(true);
    } finally {
      warnings.mockRestore();
    }
    // Every write applied once, retried or not: two increments per node per attempt.
    expect(
      await readRows(
        db,
        "MATCH (n:ConsoleWritesTest) WHERE n.k IN [1, 2] RETURN n.k AS k, n.n AS n ORDER BY k",
      ),
    ).toEqual([
      { k: 1, n: 2 * attempts },
      { k: 2, n: 2 * attempts },
    ]);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      for (const query of [crossing(1, 2, attempt), crossing(2, 1, attempt)]) {
        expect(await auditOf(query)).toEqual([{ outcome: "ok", error: null }]);
      }
    }
  });

  it("retries a write whose transaction could not begin (connection lost), once", async () => {
    const query = "CREATE (:ConsoleWritesTest {name: 'begun-twice'})";
    const flaky = wrapTransactions((tx, n) => {
      if (n > 1) return tx;
      return tx.rollback().then(() => Promise.reject(lost("before the query")));
    });
    const warnings = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const result = await runConsoleQuery(flaky, actor, {
        query,
        params: {},
        mode: "write",
        confirm: true,
      });
      expect(result.summary.counters.nodesCreated).toBe(1);
    } finally {
      warnings.mockRestore();
    }
    expect(
      await readRows(db, "MATCH (n:ConsoleWritesTest {name: 'begun-twice'}) RETURN n"),
    ).toHaveLength(1);
  });

  it("never runs a write again once its commit was sent: an unknown outcome is a 503", async () => {
    const query = "MATCH (c:ConsoleWritesTest {name: 'counter'}) SET c.n = c.n + 1 RETURN c.n AS n";
    await writeRows(db, "CREATE (:ConsoleWritesTest {name: 'counter', n: 0})");
    // The commit really happens; the answer is lost on the way back.
    const lostAnswer = wrapTransactions((tx) =>
      override(tx, {
        commit: async () => {
          await tx.commit();
          throw lost("during the commit");
        },
      }),
    );
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let failure: unknown;
    try {
      await runConsoleQuery(lostAnswer, actor, { query, params: {}, mode: "write", confirm: true });
    } catch (error) {
      failure = error;
    } finally {
      errors.mockRestore();
    }
    expect(failure).toBeInstanceOf(WriteOutcomeUnknown);
    expect(failure).toMatchObject({
      status: 503,
      code: "write_outcome_unknown",
      message: expect.stringMatching(/may or may not have committed/),
      details: { queryType: "rw", counters: expect.objectContaining({ propertiesSet: 1 }) },
    });
    // Applied once: the driver's managed retry would have made it 2.
    expect(
      await readRows(db, "MATCH (c:ConsoleWritesTest {name: 'counter'}) RETURN c.n AS n"),
    ).toEqual([{ n: 1 }]);
    // The write's own entry committed with it; the attempt's entry says the outcome was unknown.
    expect(await auditOf(query)).toEqual([
      { outcome: "ok", error: null },
      { outcome: "unknown", error: expect.stringContaining("write_outcome_unknown") },
    ]);
  });
});
