import { neo4jConnection, parseEnv } from "@/lib/config/env";
import { createDriver } from "@/lib/db/create-driver";
import { checkNeo4j } from "@/lib/db/health";
import { openTestDb } from "@/tests/support/test-db";

describe("Neo4j health", () => {
  it("reports the real database as up, with its version", async () => {
    const db = openTestDb();
    try {
      const health = await checkNeo4j(db);
      expect(health).toEqual({
        status: "up",
        version: expect.stringMatching(/^5\.26\./),
        edition: "community",
      });
    } finally {
      await db.driver.close();
    }
  });

  it("reports a closed port as down within 5 s, with a clear message", async () => {
    const connection = neo4jConnection(
      parseEnv({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "whatever1" }),
    );
    const db = { driver: createDriver(connection), database: "neo4j" };
    const started = Date.now();
    try {
      const health = await checkNeo4j(db);
      expect(health.status).toBe("down");
      expect(health).toHaveProperty(
        "error",
        expect.stringMatching(/connect|refused|ECONNREFUSED/i),
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await db.driver.close();
    }
  });

  it("rejects a wrong password as down, not as a crash", async () => {
    const connection = neo4jConnection(
      parseEnv({ ...process.env, NEO4J_PASSWORD: "not-the-password" }),
    );
    const db = { driver: createDriver(connection), database: "neo4j" };
    try {
      const health = await checkNeo4j(db);
      expect(health).toEqual({
        status: "down",
        error: expect.stringMatching(/unauthori|authentication/i),
      });
    } finally {
      await db.driver.close();
    }
  });
});
