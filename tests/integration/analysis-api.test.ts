import { GET as getBalance } from "@/app/api/analysis/balance/route";
import { GET as getCompare } from "@/app/api/analysis/compare/route";
import { GET as getEvidence } from "@/app/api/analysis/evidence/route";
import { GET as getRankings } from "@/app/api/analysis/rankings/route";
import { GET as getTimeline } from "@/app/api/analysis/timeline/route";
import type { BalanceReport } from "@/lib/analysis/balance";
import type { ActorProfile } from "@/lib/analysis/compare";
import type { EvidenceReport } from "@/lib/analysis/evidence";
import type { ActorRanking } from "@/lib/analysis/rankings";
import { getDriver } from "@/lib/db/driver";
import { loadSeed, type SeedBundle, type SeedRelationship } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { passageTexts } from "@/tests/support/seed-graph-helpers";

let bundle: SeedBundle;
afterAll(async () => {
  await getDriver().close();
});

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

async function json<T>(handler: (request: Request) => Promise<Response>): Promise<T> {
  const response = await handler(new Request("http://test/api/analysis"));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const key = (x: string, y: string) => [x, y].sort().join("|");

// The seed's ties collapsed per pair, computed here independently of lib/analysis.
function seedSigns(relationships: SeedRelationship[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const r of relationships) {
    const k = key(r.source, r.target);
    net.set(k, (net.get(k) ?? 0) + (r.family === "influence" ? r.weight : -r.weight));
  }
  return new Map([...net].map(([k, v]) => [k, Math.sign(v)]));
}

describe("GET /api/analysis/rankings", () => {
  it("ranks every seeded actor with counts that match the seed", async () => {
    const body = await json<{ graphVersion: string; actors: ActorRanking[] }>(getRankings);
    expect(body.actors).toHaveLength(bundle.actors.length);
    for (const actor of body.actors) {
      const out = bundle.relationships.filter((r) => r.source === actor.id);
      const into = bundle.relationships.filter((r) => r.target === actor.id);
      const of = (list: SeedRelationship[], family: string) =>
        list.filter((r) => r.family === family);
      const sum = (list: SeedRelationship[]) => list.reduce((s, r) => s + r.weight, 0);
      expect(actor).toMatchObject({
        influenceGiven: of(out, "influence").length,
        influenceGivenWeight: sum(of(out, "influence")),
        influenceReceived: of(into, "influence").length,
        hostilityGiven: of(out, "hostility").length,
        hostilityReceivedWeight: sum(of(into, "hostility")),
      });
      expect(actor.betweenness).toBeGreaterThanOrEqual(0);
      expect(actor.betweennessNormalised).toBeLessThanOrEqual(1);
    }
    const total = body.actors.reduce((s, a) => s + a.pageRank, 0);
    expect(total).toBeCloseTo(1, 6);
    // Actors with no influence tie belong to no community.
    for (const actor of body.actors) {
      if (actor.influenceGiven + actor.influenceReceived === 0) expect(actor.community).toBeNull();
    }
  });

  it("returns the same version and values while the graph is unchanged", async () => {
    const first = await json<{ graphVersion: string }>(getRankings);
    const second = await json<{ graphVersion: string }>(getRankings);
    expect(second).toEqual(first);
    expect(first.graphVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("GET /api/analysis/balance", () => {
  it("finds exactly the seed's triangles of signed ties, classified by the product of signs", async () => {
    const body = await json<BalanceReport>(getBalance);
    const signs = seedSigns(bundle.relationships);
    const ids = bundle.actors.map((a) => a.id).sort();
    let expected = 0;
    let strained = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        for (let k = j + 1; k < ids.length; k++) {
          const s = [key(ids[i]!, ids[j]!), key(ids[i]!, ids[k]!), key(ids[j]!, ids[k]!)].map(
            (p) => signs.get(p) ?? 0,
          );
          if (s.includes(0)) continue;
          expected += 1;
          if (s[0]! * s[1]! * s[2]! < 0) strained += 1;
        }
    expect(body.triads).toHaveLength(expected);
    expect(body.strainedTriads).toBe(strained);
    const quotes = passageTexts(bundle);
    for (const triad of body.triads) {
      for (const tie of triad.ties) {
        expect(tie.sign).toBe(signs.get(key(tie.a, tie.b)));
        const seedIds = bundle.relationships
          .filter((r) => key(r.source, r.target) === key(tie.a, tie.b))
          .map((r) => r.id)
          .sort();
        expect(tie.relationships.map((r) => r.id).sort()).toEqual(seedIds);
        for (const r of tie.relationships)
          for (const c of r.citations) expect(c.text).toBe(quotes.get(c.passageId));
      }
    }
    const pressure = new Map<string, number>();
    for (const t of body.triads.filter((t) => !t.balanced))
      for (const a of t.actors) pressure.set(a.id, (pressure.get(a.id) ?? 0) + 1);
    for (const actor of body.actors) expect(actor.crossPressure).toBe(pressure.get(actor.id) ?? 0);
  });

  it("reports a frustration equal to the ties its blocs break", async () => {
    const body = await json<BalanceReport>(getBalance);
    const bloc = new Map(body.actors.map((a) => [a.id, a.bloc]));
    const signs = seedSigns(bundle.relationships);
    const broken = [...signs].filter(([pair, sign]) => {
      if (sign === 0) return false;
      const [a, b] = pair.split("|");
      return sign > 0 ? bloc.get(a!) !== bloc.get(b!) : bloc.get(a!) === bloc.get(b!);
    });
    expect(body.signedTies).toBe([...signs.values()].filter((s) => s !== 0).length);
    expect(body.frustration).toBe(broken.length);
    expect(body.frustratedTies.map((p) => key(p.a, p.b)).sort()).toEqual(
      broken.map(([p]) => p).sort(),
    );
    expect(body.distanceFromBalance).toBeCloseTo((2 * broken.length) / body.signedTies);
    expect(body.blocs[0].length + body.blocs[1].length).toBe(body.actors.length);
  });
});

describe("GET /api/analysis/evidence", () => {
  it("counts each relationship's passages and documents as the seed cites them", async () => {
    const body = await json<EvidenceReport>(getEvidence);
    expect(body.relationships).toHaveLength(bundle.relationships.length);
    const seed = new Map(bundle.relationships.map((r) => [r.id, r]));
    for (const entry of body.relationships) {
      const r = seed.get(entry.relationship.id)!;
      expect(entry.passageCount).toBe(new Set(r.passageIds).size);
      expect(entry.documentCount).toBe(new Set(r.documentIds).size);
    }
    expect(body.singlePassage).toBe(
      bundle.relationships.filter((r) => new Set(r.passageIds).size <= 1).length,
    );
  });

  it("ranks by independent sources, then sources, then passages, and lists the contested", async () => {
    const body = await json<EvidenceReport>(getEvidence);
    const support = (e: EvidenceReport["relationships"][number]) => [
      e.relationship.evidence.independentSourceCount,
      e.relationship.evidence.sourceCount,
      e.passageCount,
    ];
    body.relationships.slice(1).forEach((entry, i) => {
      const [x, y] = [support(body.relationships[i]!), support(entry)];
      const first = x.findIndex((value, k) => value !== y[k]);
      if (first >= 0) expect(x[first]).toBeLessThan(y[first]!);
    });
    const ids = (list: EvidenceReport["relationships"]) => list.map((e) => e.relationship.id);
    expect(ids(body.contested)).toEqual(
      ids(body.relationships.filter((e) => e.relationship.evidence.contested)),
    );
    expect(body.singleSource).toBe(
      body.relationships.filter((e) => e.relationship.evidence.independentSourceCount <= 1).length,
    );
  });

  it("flags as contradictions exactly the seed's overlapping or undated mixed pairs", async () => {
    const body = await json<EvidenceReport>(getEvidence);
    const expected: string[] = [];
    for (const i of bundle.relationships.filter((r) => r.family === "influence"))
      for (const h of bundle.relationships.filter((r) => r.family === "hostility")) {
        if (key(i.source, i.target) !== key(h.source, h.target)) continue;
        if ([...i.passageIds].sort().join() === [...h.passageIds].sort().join()) continue;
        const overlaps =
          !i.dateStart || !h.dateStart || (i.dateStart <= h.dateEnd! && h.dateStart <= i.dateEnd!);
        if (overlaps) expected.push(`${i.id}/${h.id}`);
      }
    expect(body.contradictions.map((c) => `${c.influence.id}/${c.hostility.id}`).sort()).toEqual(
      expected.sort(),
    );
  });
});

describe("GET /api/analysis/compare", () => {
  const call = async (query: string) => {
    const response = await getCompare(new Request(`http://test/api/analysis/compare?${query}`));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("compares two seeded actors with signs that match the seed", async () => {
    const { status, body } = await call("a=iran&b=united-states");
    expect(status).toBe(200);
    const signs = seedSigns(bundle.relationships);
    const profile = body.a as ActorProfile;
    for (const tie of [...profile.allies, ...profile.adversaries]) {
      expect(tie.sign).toBe(signs.get(key("iran", tie.actor.id)));
    }
    const expectedNeighbours = [...signs.keys()].filter((k) =>
      k.split("|").includes("iran"),
    ).length;
    expect(profile.allies.length + profile.adversaries.length + profile.contested.length).toBe(
      expectedNeighbours,
    );
  });

  it.each([
    ["b=iran", 400, "a"],
    ["a=iran", 400, "b"],
    ["a=iran&b=iran", 400, "b"],
  ])("answers %s with %i naming %s", async (query, status, field) => {
    const result = await call(query);
    expect(result.status).toBe(status);
    expect(result.body).toEqual({
      error: {
        code: "bad_request",
        message: expect.stringContaining(`${field}:`),
        details: expect.arrayContaining([{ parameter: field, message: expect.any(String) }]),
      },
    });
  });

  it("answers 404 for an unknown actor", async () => {
    const result = await call("a=iran&b=nobody-at-all");
    expect(result).toEqual({
      status: 404,
      body: { error: { code: "not_found", message: 'No actor with id "nobody-at-all" (b)' } },
    });
  });
});

describe("GET /api/analysis/timeline", () => {
  const call = async (query: string) => {
    const response = await getTimeline(new Request(`http://test/api/analysis/timeline?${query}`));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("compares January and February 2020 as the seed's dates say", async () => {
    const { status, body } = await call("before=2020-01&after=2020-02");
    expect(status).toBe(200);
    const inMonth = (month: string) =>
      seedSigns(
        bundle.relationships.filter(
          (r) => r.dateStart && r.dateStart <= `${month}-31` && r.dateEnd! >= `${month}-01`,
        ),
      );
    const [jan, feb] = [inMonth("2020-01"), inMonth("2020-02")];
    const names = (list: unknown) =>
      (list as { actors: { id: string }[] }[])
        .map((c) => key(c.actors[0]!.id, c.actors[1]!.id))
        .sort();
    expect(names(body.appeared)).toEqual([...feb.keys()].filter((k) => !jan.has(k)).sort());
    expect(names(body.disappeared)).toEqual([...jan.keys()].filter((k) => !feb.has(k)).sort());
    expect(names(body.flipped)).toEqual(
      [...jan.keys()].filter((k) => feb.has(k) && jan.get(k)! * feb.get(k)! < 0).sort(),
    );
    expect(body.undated).toBe(bundle.relationships.filter((r) => !r.dateStart).length);
  });

  it.each([
    ["after=2020-02", "before"],
    ["before=2020-01&after=February", "after"],
    ["before=2020-02-30&after=2020-03", "before"],
  ])("answers 400 for %s naming %s", async (query, field) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body).toEqual({
      error: {
        code: "bad_request",
        message: expect.stringContaining(`${field}:`),
        details: [{ parameter: field, message: expect.any(String) }],
      },
    });
  });
});
