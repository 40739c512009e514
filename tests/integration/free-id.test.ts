import { firstFreeId } from "@/lib/curation/free-id";
import { readTx, writeTx } from "@/lib/db/session";
import { openTestDb } from "@/tests/support/test-db";

/**
 * New actors and edges take the first free id of base, base-2, base-3…, asked a batch at a time;
 * the shared graph is left as it was.
 */
const db = openTestDb();
const BASE = "free-id-probe";
// Probe nodes of a label of their own: the suites beside this one count the shared graph's actors.
const TAKEN = "EXISTS { (:FreeIdProbe {id: id}) } OR EXISTS { ()-[:FREE_ID_PROBE {id: id}]->() }";

afterEach(async () => {
  await writeTx(db, (tx) => tx.run("MATCH (p:FreeIdProbe) DETACH DELETE p"));
});
afterAll(() => db.driver.close());

const free = () => readTx(db, (tx) => firstFreeId(tx, BASE, TAKEN));

async function takeIds(ids: string[]): Promise<void> {
  await writeTx(db, (tx) => tx.run("UNWIND $ids AS id CREATE (:FreeIdProbe {id: id})", { ids }));
}

it("is the base itself when nothing has it", async () => {
  expect(await free()).toBe(BASE);
});

it("skips what a node or a relationship already has, across the batches", async () => {
  await takeIds([BASE, `${BASE}-2`]);
  expect(await free()).toBe(`${BASE}-3`);
  await writeTx(db, (tx) =>
    tx.run(
      `MATCH (a:FreeIdProbe {id: $base}), (b:FreeIdProbe {id: $base + '-2'})
       CREATE (a)-[:FREE_ID_PROBE {id: $base + '-3'}]->(b)`,
      { base: BASE },
    ),
  );
  expect(await free()).toBe(`${BASE}-4`);
  await takeIds(Array.from({ length: 30 }, (_, i) => `${BASE}-${i + 4}`));
  expect(await free()).toBe(`${BASE}-34`);
});
