import type { ManagedTransaction } from "neo4j-driver";
import { listDocumentsIn } from "@/lib/graph/documents";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

/**
 * GET /api/documents' order (issue 17: no label scan for a page of dated documents): newest first,
 * ties by title and id, then the undated by title; drafts never. Every page, of any size and
 * offset, is a slice of that one order. A Neo4j of its own: the suites beside it add documents.
 */
jest.setTimeout(180_000);
let own: OwnNeo4j;
beforeAll(async () => {
  own = await startOwnNeo4j();
});
afterAll(() => own?.close());

const MADE = [
  { id: "list-probe-a", title: "Alpha", published: "2021-03-01" },
  { id: "list-probe-b", title: "Beta", published: "2021-03-01" },
  { id: "list-probe-c", title: "Gamma", published: "1999-12-31" },
  { id: "list-probe-d", title: "Delta", published: null },
  { id: "list-probe-e", title: "Aardvark", published: null },
  { id: "list-probe-f", title: "Draft", published: "2030-01-01", draft: true },
];

async function inRolledBack<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = own.db.driver.session({ database: own.db.database });
  const tx = session.beginTransaction();
  try {
    await tx.run(
      `UNWIND $made AS made
       CREATE (d:Document {id: made.id, title: made.title})
       SET d.published = made.published, d.draft = made.draft`,
      { made: MADE },
    );
    // An explicit transaction runs queries as a managed one does; it is rolled back after.
    return await work(tx as unknown as ManagedTransaction);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

it("lists newest first, then the undated by title, never a draft, and pages are slices of that", async () => {
  await inRolledBack(async (tx) => {
    const all = await listDocumentsIn(tx, { limit: 1000, offset: 0 });
    expect(all.hasMore).toBe(false);
    const ids = all.documents.map((document) => document.id);
    const probes = ids.filter((id) => id.startsWith("list-probe-"));
    expect(probes).toEqual([
      "list-probe-a",
      "list-probe-b",
      "list-probe-c",
      "list-probe-e",
      "list-probe-d",
    ]);
    const published = all.documents.map((document) => document.published);
    const firstUndated = published.indexOf(null);
    expect(published.slice(firstUndated).every((date) => date === null)).toBe(true);
    const dated = published.slice(0, firstUndated) as string[];
    expect(dated).toEqual([...dated].sort().reverse());

    for (const limit of [1, 2, 3]) {
      for (let offset = 0; offset <= ids.length + 1; offset++) {
        const page = await listDocumentsIn(tx, { limit, offset });
        expect([limit, offset, page.documents.map((document) => document.id)]).toEqual([
          limit,
          offset,
          ids.slice(offset, offset + limit),
        ]);
        expect(page.hasMore).toBe(offset + limit < ids.length);
      }
    }
  });
});
