import { GET as getEvidence } from "@/app/api/analysis/evidence/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import type { EvidenceReport } from "@/lib/analysis/evidence";
import { getDriver } from "@/lib/db/driver";
import { readRows, readTx, writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion, currentGraphVersion, readGraphVersion } from "@/lib/graph/graph-version";
import { ADMIN, authed, configureAdminConsole, logIn } from "@/tests/support/admin-client";
import { openTestDb } from "@/tests/support/test-db";

let db: Db;
let original: { id: string; summary: string };

beforeAll(async () => {
  configureAdminConsole();
  db = openTestDb();
  const [row] = await readRows(
    db,
    "MATCH ()-[r:INFLUENCES]->() RETURN r.id AS id, r.summary AS summary ORDER BY r.id LIMIT 1",
  );
  original = row as typeof original;
});

afterAll(async () => {
  await writeTx(db, async (tx) => {
    await tx.run("MATCH ()-[r:INFLUENCES {id: $id}]->() SET r.summary = $summary", original);
    await bumpGraphVersion(tx);
  });
  await db.driver.close();
  await getDriver().close();
});

const versionNow = () => readTx(db, readGraphVersion);

async function evidenceSummary(id: string): Promise<string | undefined> {
  const response = await getEvidence(new Request("http://test/api/analysis/evidence"));
  const body = (await response.json()) as EvidenceReport;
  return body.relationships.find((r) => r.relationship.id === id)?.relationship.summary;
}

/** Calls `probe` every 50 ms until it gives `expected`; the time that took, in ms. */
async function timeUntil<T>(
  probe: () => Promise<T>,
  expected: T,
  limitMs = 5_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await probe()) === expected) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Infinity;
}

describe("the graph version", () => {
  it("changes with a text-only edit in the console's write mode, and the analysis shows it within 2 s", async () => {
    expect(await evidenceSummary(original.id)).toBe(original.summary);
    const before = await versionNow();
    const admin = await logIn(ADMIN);
    const edited = `${original.summary} (edited ${Date.now()})`;
    const response = await cypherPost(
      authed("/api/cypher", admin, {
        query: "MATCH ()-[r:INFLUENCES {id: $id}]->() SET r.summary = $summary",
        params: { id: original.id, summary: edited },
        mode: "write",
        confirm: true,
      }),
    );
    expect(response.status).toBe(200);
    expect(await versionNow()).not.toBe(before);
    const ms = await timeUntil(() => evidenceSummary(original.id), edited);
    console.log(`evidence showed the console's edit after ${ms} ms`);
    expect(ms).toBeLessThan(2_000);
  });

  it("does not change when the write is rolled back", async () => {
    const before = await versionNow();
    await expect(
      writeTx(db, async (tx) => {
        await tx.run("MATCH ()-[r:INFLUENCES {id: $id}]->() SET r.summary = 'lost'", original);
        await bumpGraphVersion(tx);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await versionNow()).toBe(before);
    const [row] = await readRows(
      db,
      "MATCH ()-[r:INFLUENCES {id: $id}]->() RETURN r.summary AS s",
      {
        id: original.id,
      },
    );
    expect(row!.s).not.toBe("lost");
  });

  it("is noticed by two separate processes' watches within 2 s, with no read per call", async () => {
    // Two copies of the module, as two app instances would hold, each with its own state.
    const load = () => {
      let watch!: typeof currentGraphVersion;
      jest.isolateModules(() => {
        const graphVersion = jest.requireActual<typeof import("@/lib/graph/graph-version")>(
          "@/lib/graph/graph-version",
        );
        watch = graphVersion.currentGraphVersion;
      });
      return watch;
    };
    const [a, b] = [load(), load()];
    expect(a).not.toBe(b);
    const before = await versionNow();
    expect([await a(db), await b(db)]).toEqual([before, before]);

    let reads = 0;
    const counting: Db = {
      database: db.database,
      driver: new Proxy(db.driver, {
        get(target, prop, receiver) {
          if (prop === "session") reads += 1;
          return Reflect.get(target, prop, receiver) as unknown;
        },
      }),
    };
    const c = load();
    await Promise.all(Array.from({ length: 50 }, () => c(counting)));
    expect(reads).toBe(1);

    const after = await writeTx(db, bumpGraphVersion);
    expect(after).toMatch(/^[0-9a-f]{16}$/);
    const [msA, msB] = await Promise.all([
      timeUntil(() => a(db), after),
      timeUntil(() => b(db), after),
    ]);
    console.log(`two watches saw the bump after ${msA} ms and ${msB} ms`);
    expect(Math.max(msA, msB)).toBeLessThan(2_000);
  });
});
