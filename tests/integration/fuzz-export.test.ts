import fc from "fast-check";
import { GET as exportGet } from "@/app/api/export/route";
import { EXPORT_FORMATS } from "@/lib/api/params/export";
import { graphChecksum } from "@/lib/backup/graph-dump";
import { getDb } from "@/lib/db/driver";
import { countGraph } from "@/lib/seed/write";
import { envFor, seedNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";
import { closeAppDriver } from "@/tests/support/api-request";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";
import { ALLOWED_ERROR_STATUSES, hostileString } from "@/tests/support/hostile-input";

// Beside fuzz-read-api.test.ts: an export answers a file, not JSON, when it succeeds.
const NAMES = [
  "format",
  "table",
  "analysis",
  "focus",
  "depth",
  "families",
  "kinds",
  "minWeight",
  "from",
  "to",
  "undated",
  "limit",
  "k",
  "maxHops",
  "directed",
];
const FILE_TYPES = /^(text\/csv|application\/graphml\+xml|application\/json|text\/markdown);/;

// Half the queries name a real format (and sometimes the paths analysis), so the hostile values
// reach the view and paths parameters rather than stopping at a missing format.
const query = fc
  .tuple(
    fc.option(fc.constantFrom(...EXPORT_FORMATS), { nil: undefined }),
    fc.boolean(),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES, "x"), hostileString), hostileString), {
      maxLength: 6,
    }),
  )
  .map(([format, paths, pairs]) => {
    const params = new URLSearchParams(pairs);
    if (format) params.set("format", format);
    if (format && paths) params.set("analysis", "paths");
    return params.toString();
  });

let before: { counts: unknown; checksum: string };
let own: OwnNeo4j;

// A seeded Neo4j of its own: "the graph exactly as it was" cannot be checked on the shared test
// database, which other suites write to meanwhile (console writes, their clean-ups).
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

describe("hostile input on GET /api/export", () => {
  it("answers every random query string with a file or a 4xx JSON error, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(query, async (search) => {
        const response = await exportGet(new Request(`http://localhost/api/export?${search}`));
        const text = await response.text();
        const where = `/api/export?${search}`;
        expect({ where, status: response.status }).toEqual({
          where,
          status: [200, ...ALLOWED_ERROR_STATUSES].includes(response.status)
            ? response.status
            : "an allowed status",
        });
        const type = response.headers.get("content-type") ?? "";
        if (response.status === 200) {
          expect(type).toMatch(FILE_TYPES);
          expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
        } else {
          expect(type).toMatch(/^application\/json/);
          expect(typeof (JSON.parse(text) as { error?: { message?: string } }).error?.message).toBe(
            "string",
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("leaves the graph exactly as it was", async () => {
    expect(await countGraph(getDb())).toEqual(before.counts);
    expect(await graphChecksum(getDb())).toBe(before.checksum);
  });
});
