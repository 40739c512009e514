import { GET } from "@/app/api/paths/route";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import { getDriver } from "@/lib/db/driver";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { hopDistance, passageTexts } from "@/tests/support/seed-graph-helpers";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(async () => {
  await getDriver().close();
});

async function get(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await GET(new Request(`http://test/api/paths?${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function paths(query: string): Promise<InfluencePath[]> {
  const { status, body } = await get(query);
  expect(status).toBe(200);
  return body.paths as InfluencePath[];
}

const FROM = "iran";
const TO = "us-forces-in-iraq";

function expectWellFormed(list: InfluencePath[], directed: boolean, families: string[]) {
  const quotes = passageTexts(bundle);
  const byId = new Map(bundle.relationships.map((r) => [r.id, r]));
  for (const path of list) {
    expect(path.nodes[0]!.id).toBe(FROM);
    expect(path.nodes.at(-1)!.id).toBe(TO);
    expect(path.length).toBe(path.relationships.length);
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
    expect(path.hostileHops).toBe(
      path.relationships.filter((r) => r.family === "hostility").length,
    );
    path.relationships.forEach((hop, i) => {
      const seed = byId.get(hop.id)!;
      expect(families).toContain(seed.family);
      const [a, b] = [path.nodes[i]!.id, path.nodes[i + 1]!.id];
      expect(hop.forward ? [seed.source, seed.target] : [seed.target, seed.source]).toEqual([a, b]);
      if (directed) expect(hop.forward).toBe(true);
      expect(hop.citations.map((c) => c.passageId)).toEqual(seed.passageIds);
      for (const c of hop.citations) expect(c.text).toBe(quotes.get(c.passageId));
    });
  }
  const lengths = list.map((p) => p.length);
  expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
}

describe("GET /api/paths", () => {
  it.each([
    { directed: false, families: ["influence", "hostility"] },
    { directed: true, families: ["influence", "hostility"] },
    { directed: false, families: ["influence"] },
    { directed: false, families: ["hostility"] },
  ])("finds Iran → US forces in Iraq paths (%o), shortest first", async (options) => {
    const list = await paths(
      `from=${FROM}&to=${TO}&k=4&directed=${options.directed}&families=${options.families.join(",")}`,
    );
    const shortest = hopDistance(bundle.relationships, FROM, TO, options);
    if (shortest === undefined || shortest > 6) {
      expect(list).toEqual([]);
      return;
    }
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(4);
    expect(list[0]!.length).toBe(shortest);
    expectWellFormed(list, options.directed, options.families);
  });

  it("gives distinct alternatives and collapses parallel ties into one hop", async () => {
    const list = await paths(`from=${FROM}&to=${TO}&k=10`);
    const keys = list.map((p) =>
      p.relationships.map((r, i) => `${p.nodes[i]!.id}/${r.family}/${r.forward}`).join(">"),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const path of list) {
      for (const hop of path.relationships) {
        for (const id of hop.parallelIds) {
          const other = bundle.relationships.find((r) => r.id === id)!;
          expect([other.source, other.target, other.family]).toEqual([
            hop.source,
            hop.target,
            hop.family,
          ]);
          expect(other.weight).toBeLessThanOrEqual(hop.weight);
        }
      }
    }
  });

  it("keeps every path within maxHops", async () => {
    for (const maxHops of [1, 2, 3]) {
      const list = await paths(`from=${FROM}&to=${TO}&k=10&maxHops=${maxHops}`);
      for (const path of list) expect(path.length).toBeLessThanOrEqual(maxHops);
      const direct = bundle.relationships.some(
        (r) => [r.source, r.target].sort().join() === [FROM, TO].sort().join(),
      );
      if (maxHops === 1) expect(list.length > 0).toBe(direct);
    }
  });

  it.each([
    ["to=iran", "from"],
    ["from=iran", "to"],
    ["from=iran&to=iran", "to"],
    ["from=iran&to=pmu&k=0", "k"],
    ["from=iran&to=pmu&k=11", "k"],
    ["from=iran&to=pmu&k=two", "k"],
    ["from=iran&to=pmu&k=1.5", "k"],
    ["from=iran&to=pmu&maxHops=7", "maxHops"],
    ["from=iran&to=pmu&maxHops=0", "maxHops"],
    ["from=iran&to=pmu&families=friendship", "families"],
    ["from=iran&to=pmu&families=,", "families"],
    ["from=iran&to=pmu&directed=maybe", "directed"],
  ])("answers 400 naming the field for %s", async (query, field) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body).toEqual({
      error: {
        code: "bad_request",
        message: expect.stringContaining(`${field}:`),
        details: expect.arrayContaining([{ parameter: field, message: expect.any(String) }]),
      },
    });
  });

  it.each([
    ["from=nobody-at-all&to=iran", 'No actor with id "nobody-at-all" (from)'],
    ["from=iran&to=nobody-at-all", 'No actor with id "nobody-at-all" (to)'],
  ])("answers 404 for an unknown actor: %s", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message } });
  });
});
