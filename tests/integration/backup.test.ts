import { writeRows, type Db } from "@/lib/db/session";
import { serializeValue } from "@/lib/values/serialize";
import { dumpGraph, graphChecksum, loadGraph } from "@/lib/backup/graph-dump";
import { seedGraph } from "@/lib/seed/run-seed";
import { countGraph } from "@/lib/seed/write";
import { createSavedView } from "@/lib/views/saved-view-pools";
import { getSavedView, type SavedView } from "@/lib/views/saved-views";
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
  savedView = await createSavedView(
    db,
    { name: "Iran, two steps", state: "focus=iran&depth=2" },
    { address: "192.0.2.1" },
  );
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

  it("round-trip temporal and spatial properties exactly: type, zone, offset and precision", async () => {
    // Each value is written by Cypher, so what is compared is what Neo4j itself stores.
    const values = {
      date: "date('2020-01-03')",
      dateTimeZone: "datetime('2020-01-03T01:02:03.123456789[Asia/Tehran]')",
      dateTimeOffset: "datetime('2020-01-03T01:02:03.5-05:00')",
      localDateTime: "localdatetime('2020-01-03T01:02:03.000000001')",
      localTime: "localtime('23:59:59.999999999')",
      time: "time('12:00:00.25+03:30')",
      duration: "duration('P1Y2M3DT4H5M6.000000007S')",
      cartesian2d: "point({x: 1.5, y: -2.25})",
      cartesian3d: "point({x: 1.5, y: -2.25, z: 3})",
      wgs84: "point({longitude: 44.36, latitude: 33.31})",
      wgs84_3d: "point({longitude: 44.36, latitude: 33.31, height: 34.5})",
      dates: "[date('2020-01-01'), date('-0044-03-15')]",
    };
    const props = Object.entries(values)
      .map(([key, cypher]) => `${key}: ${cypher}`)
      .join(", ");
    await writeRows(
      db,
      `CREATE (a:TemporalNote {id: 'a', ${props}})-[:NOTED {${props}}]->(:TemporalNote {id: 'b'})`,
    );
    // The codec's own form (type tags, fields and ISO text) is the exact comparison.
    const session = db.driver.session({ database: db.database });
    const raw = async () => {
      const result = await session.run(
        "MATCH (a:TemporalNote {id: 'a'})-[r:NOTED]->() RETURN properties(a) AS node, properties(r) AS rel",
      );
      return serializeValue(result.records[0]!.toObject());
    };
    try {
      const before = await raw();
      expect(before).toMatchObject({
        $type: "Map",
        value: {
          node: { value: { dateTimeZone: { $type: "DateTime", zoneId: "Asia/Tehran" } } },
        },
      });
      const dump = JSON.parse(JSON.stringify(await dumpGraph(db))) as unknown;
      await writeRows(db, "MATCH (n) DETACH DELETE n");
      await loadGraph(db, dump);
      expect(await raw()).toEqual(before);
    } finally {
      await session.close();
      await writeRows(db, "MATCH (n:TemporalNote) DETACH DELETE n");
    }
  });

  it("load a version 1 dump (integers tagged $int, plain numbers floats)", async () => {
    const counts = await countGraph(db);
    const checksum = await graphChecksum(db);
    const current = JSON.parse(JSON.stringify(await dumpGraph(db))) as Parameters<
      typeof loadGraph
    >[1];
    try {
      await loadGraph(db, {
        format: "influence-atlas-graph-dump",
        version: 1,
        exportedAt: "x",
        checksum: "x",
        nodes: [
          {
            key: "1",
            labels: ["Note"],
            properties: { big: { $int: "9007199254740993" }, ratio: 1, tags: ["a", "b"] },
          },
        ],
        relationships: [],
      });
      const [note] = await writeRows(
        db,
        "MATCH (n:Note) RETURN toString(n.big) AS big, valueType(n.ratio) AS ratio, n.tags AS tags",
      );
      expect(note).toEqual({ big: "9007199254740993", ratio: "FLOAT NOT NULL", tags: ["a", "b"] });
    } finally {
      await loadGraph(db, current);
    }
    expect(await countGraph(db)).toEqual(counts);
    expect(await graphChecksum(db)).toBe(checksum);
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
