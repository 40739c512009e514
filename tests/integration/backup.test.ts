import { writeRows, type Db } from "@/lib/db/session";
import { dumpGraph, graphChecksum, loadGraph } from "@/lib/backup/graph-dump";
import { seedGraph } from "@/lib/seed/run-seed";
import { countGraph } from "@/lib/seed/write";
import { createSavedView, getSavedView, type SavedView } from "@/lib/views/saved-views";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

// Loading a dump replaces the whole graph, so this suite gets a Neo4j of its own.
let own: OwnNeo4j;
let db: Db;
let savedView: SavedView;

beforeAll(async () => {
  own = await startOwnNeo4j();
  db = own.db;
  await seedGraph(db, { reset: true });
  // Something an analyst wrote, beyond the seed, with a large integer that must survive exactly.
  await writeRows(
    db,
    "CREATE (:Note {id: 'analyst-note', text: 'checked', big: 9007199254740993, ratio: 0.5})",
  );
  savedView = await createSavedView(db, { name: "Iran, two steps", state: "focus=iran&depth=2" });
}, 180_000);

afterAll(() => own.close());

describe("db:dump and db:load", () => {
  it("round-trip the whole graph: same counts, same checksum of ids, exact values", async () => {
    const counts = await countGraph(db);
    const checksum = await graphChecksum(db);
    const dump = JSON.parse(JSON.stringify(await dumpGraph(db))) as unknown;

    await writeRows(db, "MATCH (n) DETACH DELETE n");
    expect((await countGraph(db)).actors).toBe(0);

    await loadGraph(db, dump);
    expect(await countGraph(db)).toEqual(counts);
    expect(await graphChecksum(db)).toBe(checksum);
    const [note] = await writeRows(
      db,
      "MATCH (n:Note {id: 'analyst-note'}) RETURN toString(n.big) AS big, n.ratio AS ratio, labels(n) AS labels",
    );
    expect(note).toEqual({ big: "9007199254740993", ratio: 0.5, labels: ["Note"] });
    expect(await getSavedView(db, savedView.id)).toEqual(savedView);
  });

  it.each([
    [{ format: "something-else" }, /format/],
    [
      {
        format: "influence-atlas-graph-dump",
        version: 1,
        exportedAt: "x",
        checksum: "x",
        nodes: [{ key: "1", labels: ["Bad Label`) DETACH DELETE n //"], properties: {} }],
        relationships: [],
      },
      /nodes\.0\.labels\.0|identifier/,
    ],
    [
      {
        format: "influence-atlas-graph-dump",
        version: 1,
        exportedAt: "x",
        checksum: "x",
        nodes: [],
        relationships: [{ type: "X", start: "1", end: "2", properties: {} }],
      },
      /relationships\[0\]/,
    ],
  ])("rejects a bad dump and changes nothing (%#)", async (dump, message) => {
    const checksum = await graphChecksum(db);
    await expect(loadGraph(db, dump)).rejects.toThrow(message);
    expect(await graphChecksum(db)).toBe(checksum);
  });
});
