import fc from "fast-check";
import { GET as actorById } from "@/app/api/actors/[id]/route";
import { GET as compare } from "@/app/api/analysis/compare/route";
import { GET as timeline } from "@/app/api/analysis/timeline/route";
import { GET as paths } from "@/app/api/paths/route";
import { GET as actors } from "@/app/api/actors/route";
import { GET as documentById } from "@/app/api/documents/[id]/route";
import { GET as documents } from "@/app/api/documents/route";
import { GET as graph } from "@/app/api/graph/route";
import { GET as relationshipById } from "@/app/api/relationships/[id]/route";
import { graphChecksum } from "@/lib/backup/graph-dump";
import { getDb } from "@/lib/db/driver";
import { countGraph } from "@/lib/seed/write";
import { envFor, seedNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";
import { closeAppDriver } from "@/tests/support/api-request";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";
import { hostileString, ALLOWED_ERROR_STATUSES } from "@/tests/support/hostile-input";

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

const LIST_ROUTES: Array<[string, Handler, string[]]> = [
  ["/api/actors", actors, ["q", "kind", "limit", "offset"]],
  [
    "/api/graph",
    graph,
    ["focus", "depth", "families", "kinds", "minWeight", "from", "to", "undated", "limit"],
  ],
  ["/api/documents", documents, []],
  ["/api/paths", paths, ["from", "to", "k", "maxHops", "families", "directed"]],
  ["/api/analysis/compare", compare, ["a", "b"]],
  ["/api/analysis/timeline", timeline, ["before", "after"]],
];
const ID_ROUTES: Array<[string, Handler]> = [
  ["/api/actors", actorById],
  ["/api/relationships", relationshipById],
  ["/api/documents", documentById],
];

/** A query string whose names are real and random, values hostile, names sometimes repeated (arrays). */
const queryString = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names, "x"), hostileString), hostileString), {
      maxLength: 6,
    })
    .map((pairs) => new URLSearchParams(pairs).toString());

async function expectHandled(response: Response, where: string): Promise<void> {
  const text = await response.text();
  const allowed = [200, ...ALLOWED_ERROR_STATUSES].includes(response.status);
  expect({ where, status: response.status, allowed }).toEqual({
    where,
    status: response.status,
    allowed: true,
  });
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { error?: { message?: string } };
  if (response.status >= 400) expect(typeof body.error?.message).toBe("string");
}

let before: { counts: unknown; checksum: string };
let own: OwnNeo4j;

// A seeded Neo4j of its own, as fuzz-export.test.ts: "the graph exactly as it was" cannot be
// checked on the shared test database, which other suites write to meanwhile (seen in CI).
jest.setTimeout(300_000);
beforeAll(async () => {
  own = await startOwnNeo4j();
  Object.assign(process.env, envFor(own.instance));
  await seedNeo4j(own.instance);
  before = { counts: await countGraph(getDb()), checksum: await graphChecksum(getDb()) };
});

afterAll(async () => {
  await closeAppDriver();
  await own?.close();
});

describe("hostile input on the read API", () => {
  it.each(LIST_ROUTES)(
    "%s answers every random query string with 2xx/4xx JSON, never 500",
    async (path, handler, names) => {
      await fc.assert(
        fc.asyncProperty(queryString(names), async (query) => {
          const response = await handler(new Request(`http://localhost${path}?${query}`), {
            params: Promise.resolve({ id: "" }),
          });
          await expectHandled(response, `${path}?${query}`);
        }),
        { numRuns: 150 },
      );
    },
  );

  it.each(ID_ROUTES)(
    "%s/{id} answers every random id with 400 or 404 JSON",
    async (path, handler) => {
      await fc.assert(
        fc.asyncProperty(hostileString, async (id) => {
          const response = await handler(
            new Request(`http://localhost${path}/${encodeURIComponent(id)}`),
            {
              params: Promise.resolve({ id }),
            },
          );
          await expectHandled(response, `${path}/${id}`);
          expect([400, 404]).toContain(response.status);
        }),
        { numRuns: 150 },
      );
    },
  );

  it("leaves the graph exactly as it was", async () => {
    expect(await countGraph(getDb())).toEqual(before.counts);
    expect(await graphChecksum(getDb())).toBe(before.checksum);
  });
});
