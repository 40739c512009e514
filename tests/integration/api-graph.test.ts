import { GET as getGraph } from "@/app/api/graph/route";
import { GET as getTotals } from "@/app/api/graph/totals/route";
import { GRAPH_LIMIT_MAX } from "@/lib/api/params/graph";
import { readRows } from "@/lib/db/session";
import { FocusTotalsSchema, GraphResponseSchema, type GraphResponse } from "@/lib/graph/types";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { callGet, closeAppDriver, errorResult, READ_HEADERS } from "@/tests/support/api-request";
import {
  referenceNeighbourhood,
  referenceWholeGraph,
  type ReferenceFilter,
} from "@/tests/support/graph-reference";
import { openTestDb } from "@/tests/support/test-db";
import { periodEnd, periodStart } from "@/lib/domain/periods";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(closeAppDriver);

const graph = async (query: string) => {
  const result = await callGet<GraphResponse>(getGraph, `/api/graph?${query}`);
  return {
    ...result,
    body: result.status === 200 ? GraphResponseSchema.parse(result.body) : result.body,
  };
};
const ids = (items: Array<{ data: { id: string } }>) => new Set(items.map((item) => item.data.id));
const idOf = (name: string) => bundle.actors.find((a) => a.name === name)!.id;

describe("GET /api/graph without a focus", () => {
  it("returns the whole graph as Cytoscape elements, matching the database", async () => {
    const result = await graph("");
    expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
    const db = openTestDb();
    try {
      const [counts] = await readRows(
        db,
        `RETURN COUNT { (:Actor) } AS actors,
                COUNT { ()-[:INFLUENCES|HOSTILE_TO|MEMBER_OF]->() } AS edges`,
      );
      expect(result.body.nodes).toHaveLength(counts!.actors as number);
      expect(result.body.edges).toHaveLength(counts!.edges as number);
      expect(result.body.counts).toMatchObject({
        matchedActors: counts!.actors,
        matchedEdges: counts!.edges,
        totalActors: counts!.actors,
        totalEdges: counts!.edges,
      });
    } finally {
      await db.driver.close();
    }
    expect(result.body.truncated).toBe(false);
    const reference = referenceWholeGraph(bundle, {});
    expect(ids(result.body.nodes)).toEqual(reference.nodes);
    expect(ids(result.body.edges)).toEqual(reference.edges);
  });

  it("gives nodes their kind and whole-graph counts, edges their family, weight and dates", async () => {
    const { body } = await graph("");
    const iran = body.nodes.find((n) => n.data.id === idOf("Iran"))!.data;
    const given = bundle.relationships.filter((r) => r.source === iran.id);
    const received = bundle.relationships.filter((r) => r.target === iran.id);
    const count = (list: typeof given, family: string) =>
      list.filter((r) => r.family === family).length;
    expect(iran).toEqual({
      id: iran.id,
      label: "Iran",
      kind: "state",
      influenceOut: count(given, "influence"),
      influenceIn: count(received, "influence"),
      hostilityOut: count(given, "hostility"),
      hostilityIn: count(received, "hostility"),
      influenceWeight: given
        .filter((r) => r.family === "influence")
        .reduce((total, r) => total + r.weight, 0),
      degree: body.edges.filter((e) => e.data.source === iran.id || e.data.target === iran.id)
        .length,
      distance: null,
    });
    for (const seeded of bundle.relationships) {
      const edge = body.edges.find((e) => e.data.id === seeded.id)!.data;
      expect(edge).toEqual({
        id: seeded.id,
        source: seeded.source,
        target: seeded.target,
        family: seeded.family,
        kind: seeded.kind,
        weight: seeded.weight,
        summary: seeded.summary,
        dateStart: seeded.dateStart ?? null,
        dateEnd: seeded.dateEnd ?? null,
        dateLabel: seeded.dateLabel ?? null,
        yearInferred: seeded.yearInferred,
        citationCount: seeded.passageIds.length,
        // The seed imports one accepted claim per relationship and document it cites.
        claimCount: new Set(seeded.documentIds).size,
        sourceCount: new Set(seeded.documentIds).size,
        independentSourceCount: expect.any(Number),
        contested: expect.any(Boolean),
      });
      expect(edge.independentSourceCount).toBeLessThanOrEqual(edge.sourceCount);
    }
    const membership = bundle.memberships[0]!;
    expect(body.edges.find((e) => e.data.id === membership.id)?.data).toMatchObject({
      source: membership.member,
      target: membership.group,
      family: "membership",
      kind: "member-of",
      weight: null,
      summary: membership.role,
    });
  });

  const family = (name: string) => bundle.relationships.filter((r) => r.family === name).length;

  it("keeps only hostility edges with families=hostility, as many as the seed holds", async () => {
    const { body } = await graph("families=hostility");
    expect(body.edges).toHaveLength(family("hostility"));
    expect(body.edges.every((e) => e.data.family === "hostility")).toBe(true);
    expect(body.counts).toMatchObject({ edges: family("hostility"), undatedHidden: 0 });
  });

  const filters: Array<[string, ReferenceFilter]> = [
    ["families=influence,membership", { families: ["influence", "membership"] }],
    ["families=membership", { families: ["membership"] }],
    ["kinds=person,state", { kinds: ["person", "state"] }],
    ["kinds=armed-group&families=influence", { kinds: ["armed-group"], families: ["influence"] }],
    ["minWeight=3", { minWeight: 3 }],
    ["minWeight=2&families=hostility", { minWeight: 2, families: ["hostility"] }],
    ["from=2020-02", { from: periodStart("2020-02") }],
    ["to=2020-01", { to: periodEnd("2020-01") }],
    ["from=2020-01-06&to=2020-02-10", { from: "2020-01-06", to: "2020-02-10" }],
    [
      "from=2020&to=2020&families=influence",
      { from: "2020-01-01", to: "2020-12-31", families: ["influence"] },
    ],
  ];

  it.each(filters)("filters with %s exactly as the seed data says", async (query, filter) => {
    const { status, body } = await graph(query);
    expect(status).toBe(200);
    const reference = referenceWholeGraph(bundle, filter);
    expect(ids(body.nodes)).toEqual(reference.nodes);
    expect(ids(body.edges)).toEqual(reference.edges);
    expect(body.counts).toMatchObject({
      nodes: reference.nodes.size,
      edges: reference.edges.size,
      matchedActors: reference.nodes.size,
      matchedEdges: reference.edges.size,
    });
  });

  it("counts the undated relationships a date filter hides", async () => {
    const { body } = await graph("from=2020-01&to=2020-02&families=influence,hostility");
    const undated = bundle.relationships.filter((r) => r.dateStart === undefined).length;
    expect(undated).toBeGreaterThan(0);
    expect(body.counts.undatedHidden).toBe(undated);
    expect(body.edges.every((e) => e.data.dateStart !== null)).toBe(true);
  });

  it("keeps the undated relationships with undated=true, as the explorer does by default", async () => {
    const query = "from=2020-01&to=2020-02&families=influence,hostility";
    const dated = await graph(query);
    const { body } = await graph(`${query}&undated=true`);
    const undated = bundle.relationships.filter((r) => r.dateStart === undefined).map((r) => r.id);
    expect(body.counts.undatedHidden).toBe(0);
    expect(ids(body.edges)).toEqual(new Set([...ids(dated.body.edges), ...undated]));
  });

  it("cuts to limit, keeping the most connected actors, and says it cut", async () => {
    const all = await graph("");
    const { body } = await graph("limit=5");
    expect(body.nodes).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.counts.nodesOverLimit).toBe(all.body.nodes.length - 5);
    // What the cut was taken from: the whole graph, exactly.
    expect(body.counts).toMatchObject({
      matchedActors: all.body.nodes.length,
      matchedEdges: all.body.edges.length,
    });
    const byDegree = [...all.body.nodes].sort((a, b) => b.data.degree - a.data.degree);
    const fifth = byDegree[4]!.data.degree;
    for (const node of body.nodes) {
      expect(
        all.body.nodes.find((n) => n.data.id === node.data.id)!.data.degree,
      ).toBeGreaterThanOrEqual(fifth);
    }
    const kept = ids(body.nodes);
    expect(body.edges.every((e) => kept.has(e.data.source) && kept.has(e.data.target))).toBe(true);
  });
});

describe("GET /api/graph with a focus", () => {
  it.each([1, 2, 3])("returns the neighbourhood of depth %i with hop distances", async (depth) => {
    const focus = idOf("Qassem Soleimani");
    const { status, body } = await graph(`focus=${focus}&depth=${depth}`);
    expect(status).toBe(200);
    const reference = referenceNeighbourhood(bundle, focus, depth, {});
    expect(Object.fromEntries(body.nodes.map((n) => [n.data.id, n.data.distance]))).toEqual(
      Object.fromEntries(reference.distance),
    );
    expect(ids(body.edges)).toEqual(reference.edges);
    expect(body.counts).toMatchObject({
      matchedActors: reference.distance.size,
      matchedEdges: reference.edges.size,
    });
  });

  it("defaults to depth 1 and honours the filters while walking", async () => {
    const focus = idOf("Iran");
    const filter = { families: ["hostility"], minWeight: 2 };
    const { body } = await graph(`focus=${focus}&families=hostility&minWeight=2`);
    const reference = referenceNeighbourhood(bundle, focus, 1, filter);
    expect(ids(body.nodes)).toEqual(new Set(reference.distance.keys()));
    expect(ids(body.edges)).toEqual(reference.edges);
    expect(body.counts).toMatchObject({
      matchedActors: reference.distance.size,
      matchedEdges: reference.edges.size,
    });
  });

  it("keeps the focus and the most strongly tied neighbours when limit cuts", async () => {
    const focus = idOf("Iran");
    const full = referenceNeighbourhood(bundle, focus, 1, {});
    const { body } = await graph(`focus=${focus}&limit=4`);
    expect(body.nodes.map((n) => n.data.id)[0]).toBe(focus);
    expect(body.nodes).toHaveLength(4);
    expect(body).toMatchObject({
      truncated: true,
      counts: {
        nodesOverLimit: full.distance.size - 4,
        matchedActors: full.distance.size,
        matchedEdges: full.edges.size,
      },
    });
  });

  it("answers an unknown focus with 404", async () => {
    expect(await graph("focus=no-such-actor")).toEqual(
      errorResult(404, "not_found", 'No actor with id "no-such-actor" to focus on.'),
    );
  });
});

describe("GET /api/graph with bad parameters", () => {
  const FAMILIES = "must list one or more of influence, hostility, membership, separated by commas";
  const KINDS =
    "must list one or more of person, state, government-body, military, organisation, armed-group, political-movement, community, separated by commas";
  it.each([
    ["depth: must be at least 1", "depth=0"],
    ["depth: must be at most 3", "depth=4"],
    ["depth: must be a whole number from 1 to 3", "depth=two"],
    [`families: unknown value "love": ${FAMILIES}`, "families=influence,love"],
    [`families: unknown values "a", "b": ${FAMILIES}`, "families=a,b"],
    [`families: ${FAMILIES}`, "families=,"],
    [`kinds: unknown value "alien": ${KINDS}`, "kinds=alien"],
    ["minWeight: must be at most 3", "minWeight=4"],
    ["minWeight: must be at least 1", "minWeight=0"],
    ['from: must be a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"', "from=2020-13"],
    ['to: must be a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"', "to=yesterday"],
    ["to: must not be before from", "from=2020-02&to=2020-01"],
    [`limit: must be at most ${GRAPH_LIMIT_MAX}`, `limit=${GRAPH_LIMIT_MAX + 1}`],
    ["limit: must be at least 1", "limit=0"],
    ["focus: must be an id: lower-case letters, digits and single hyphens", "focus=Iran"],
    ["famlies: is not a parameter of this endpoint", "famlies=influence"],
  ])("rejects with 400: %s", async (message, query) => {
    expect(await graph(query)).toEqual(
      errorResult(400, "bad_request", `Invalid parameter: ${message}`),
    );
  });

  it("names every bad parameter at once", async () => {
    const { status, body } = await graph("depth=9&limit=0");
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        message: "Invalid parameter: depth: must be at most 3; limit: must be at least 1",
        details: [
          { parameter: "depth", message: "must be at most 3" },
          { parameter: "limit", message: "must be at least 1" },
        ],
      },
    });
  });
});

describe("GET /api/graph/totals", () => {
  const totals = (query: string) => callGet(getTotals, `/api/graph/totals?${query}`);

  it("answers the totals /api/graph gives, for a cut view and an uncut one", async () => {
    const focus = idOf("Iran");
    for (const query of [`focus=${focus}&depth=2&limit=4`, `focus=${focus}&depth=1`]) {
      const view = await graph(query);
      const { status, body } = await totals(query);
      expect(status).toBe(200);
      expect(FocusTotalsSchema.parse(body)).toEqual({
        matchedActors: view.body.counts.matchedActors,
        matchedEdges: view.body.counts.matchedEdges,
      });
    }
  });

  it.each([
    [
      "focus=no-such-actor",
      errorResult(404, "not_found", 'No actor with id "no-such-actor" to focus on.'),
    ],
    [
      "depth=2",
      errorResult(
        400,
        "bad_request",
        "focus: required (the whole graph's totals are in /api/graph)",
      ),
    ],
    [
      "focus=iran&depth=4",
      errorResult(400, "bad_request", "Invalid parameter: depth: must be at most 3"),
    ],
  ])("answers %s with its error", async (query, expected) => {
    expect(await totals(query)).toEqual(expected);
  });
});
