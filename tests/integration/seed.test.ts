import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { readRows, type Db } from "@/lib/db/session";
import { loadSeed, SeedError, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR, seedGraph } from "@/lib/seed/run-seed";
import { countGraph, writeSeed } from "@/lib/seed/write";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

// These tests reset and re-seed the graph, so they get a Neo4j of their own.
let own: OwnNeo4j;
let db: Db;
let bundle: SeedBundle;

beforeAll(async () => {
  own = await startOwnNeo4j();
  db = own.db;
  bundle = await loadSeed(SEED_DIR);
  await seedGraph(db, { reset: true });
}, 180_000);

afterAll(() => own.close());

const family = (name: string) => bundle.relationships.filter((rel) => rel.family === name).length;

describe("seeding the graph", () => {
  it("stores exactly what the files hold", async () => {
    expect(await countGraph(db)).toEqual({
      documents: bundle.documents.length,
      actors: bundle.actors.length,
      passages: bundle.passages.length,
      relationships: { influence: family("influence"), hostility: family("hostility") },
      memberships: bundle.memberships.length,
    });
  });

  it("gives every actor its kind's label besides :Actor", async () => {
    const rows = await readRows(db, "MATCH (a:Actor) RETURN a.kind AS kind, labels(a) AS labels");
    expect(rows).toHaveLength(bundle.actors.length);
    for (const row of rows) expect((row.labels as string[]).length).toBe(2);
  });

  it("changes nothing when run twice", async () => {
    const before = await countGraph(db);
    await seedGraph(db, { reset: false });
    expect(await countGraph(db)).toEqual(before);
  });

  it("stores passages whose text is the document's text at their offsets", async () => {
    const rows = await readRows(
      db,
      "MATCH (p:Passage)-[:PART_OF]->(d:Document) RETURN p.text AS text, p.start AS start, p.end AS end, d.text AS doc",
    );
    expect(rows.length).toBe(bundle.passages.length);
    for (const row of rows) {
      expect((row.doc as string).slice(row.start as number, row.end as number)).toBe(row.text);
    }
  });

  it("gives every influence and hostility relationship at least one stored passage", async () => {
    const rows = await readRows(
      db,
      `MATCH ()-[r:INFLUENCES|HOSTILE_TO]->()
       OPTIONAL MATCH (p:Passage) WHERE p.id IN r.passageIds
       RETURN r.id AS id, size(r.passageIds) AS cited, count(p) AS stored`,
    );
    expect(rows.length).toBe(bundle.relationships.length);
    for (const row of rows) {
      expect(row.cited).toBeGreaterThan(0);
      expect(row.stored).toBe(row.cited);
    }
  });

  it.each([
    ["Solemani~", "Soleimani"],
    ["Soleim*", "Soleimani"],
    ["Muhandes~", "al-Muhandis"],
    ["Mobilisation~ AND Units", "Popular Mobilization Units"],
    ["Popular Mobil*", "Popular Mobilization Units"],
  ])(
    "finds actors through the full-text index by a misspelt or partial query: %s",
    async (query, expected) => {
      const rows = await readRows(
        db,
        `CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
       RETURN node.name AS name ORDER BY score DESC LIMIT 3`,
        { query },
      );
      expect(rows.map((row) => row.name as string).join(" | ")).toContain(expected);
    },
  );
});

describe("a bad seed", () => {
  let brokenDir: string;

  beforeEach(() => {
    brokenDir = mkdtempSync(path.join(tmpdir(), "atlas-bad-seed-"));
    cpSync(SEED_DIR, brokenDir, { recursive: true });
  });

  afterEach(() => rmSync(brokenDir, { recursive: true, force: true }));

  it("is rejected before anything is written, naming file, entry and field", async () => {
    const folder = path.join(brokenDir, bundle.documents[0]!.id);
    const file = path.join(folder, "relationships.json");
    const relationships = JSON.parse(readFileSync(file, "utf8")) as Array<Record<string, unknown>>;
    const last = relationships[relationships.length - 1]!;
    last.citations = [{ quote: "words the article never says" }];
    writeFileSync(file, JSON.stringify(relationships));
    const before = await countGraph(db);

    await expect(seedGraph(db, { reset: true, dir: brokenDir })).rejects.toThrow(SeedError);
    await expect(seedGraph(db, { reset: true, dir: brokenDir })).rejects.toThrow(
      `relationships.json: rel "${String(last.id)}": citations[0]: quote not found in document text`,
    );
    expect(await countGraph(db)).toEqual(before);
  });

  it("that fails while writing, late, leaves the previous graph exactly as it was", async () => {
    const before = await countGraph(db);
    const idsBefore = await readRows(db, "MATCH (n) RETURN n.id AS id ORDER BY id");
    // A map is not a storable property value: Neo4j fails on the last membership, after
    // documents, actors, passages and relationships have been written in the same transaction.
    const late = structuredClone(bundle);
    late.memberships[late.memberships.length - 1]!.role = { nested: "map" } as unknown as string;
    await expect(writeSeed(db, late, { reset: true })).rejects.toThrow(neo4j.Neo4jError);
    expect(await countGraph(db)).toEqual(before);
    expect(await readRows(db, "MATCH (n) RETURN n.id AS id ORDER BY id")).toEqual(idsBefore);
  });
});
