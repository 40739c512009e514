import { openTestDb } from "@/tests/support/test-db";
import type { Db } from "@/lib/db/session";

let db: Db;

beforeAll(() => {
  db = openTestDb();
});

afterAll(async () => {
  await db.driver.close();
});

async function failure(cypher: string): Promise<{ code: string; message: string }> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher);
    return { code: "none", message: "the query ran" };
  } catch (error) {
    return error as { code: string; message: string };
  } finally {
    await session.close();
  }
}

/** The local Neo4j's own limits, behind the admin console's checks (neo4j/.../Launcher.java). */
describe("the local Neo4j's server-side limits", () => {
  it("caps the memory of one transaction", async () => {
    const error = await failure("UNWIND range(1, 40000000) AS i RETURN collect(i) AS all");
    expect(error.code).toMatch(/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/);
    expect(error.message).toMatch(/db.memory.transaction.max/);
  });

  it("refuses file URLs in LOAD CSV", async () => {
    const error = await failure("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row");
    expect(error.message).toMatch(/allow_csv_import_from_file_urls' is false/);
  });

  // Measured, not assumed: Neo4j's procedure allow-list only governs plugin procedures (there are
  // none here); built-in dbms.* procedures still run. The admin console's own allow-list
  // (lib/cypher/procedures.ts) is what keeps analysts away from them.
  it("still runs built-in dbms procedures despite its allow-list", async () => {
    const session = db.driver.session({ database: db.database });
    try {
      const config = await session.run("CALL dbms.listConfig('db.transaction.timeout')");
      expect(config.records.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
