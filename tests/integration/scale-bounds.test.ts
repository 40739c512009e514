import { CURATION_DOCUMENT_PROPERTIES, CURATION_LABELS, RECORD_LABELS } from "@/lib/graph/schema";
import { GET as actorById } from "@/app/api/actors/[id]/route";
import { GET as actors } from "@/app/api/actors/route";
import { GET as documentById } from "@/app/api/documents/[id]/route";
import { GET as graph } from "@/app/api/graph/route";
import { GET as graphTotals } from "@/app/api/graph/totals/route";
import { GET as paths } from "@/app/api/paths/route";
import { GET as rankings } from "@/app/api/analysis/rankings/route";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import type { RankingsBody } from "@/lib/analysis/rankings-body";
import { getDb } from "@/lib/db/driver";
import { readRows, type Db } from "@/lib/db/session";
import { ACTOR_RELATIONSHIPS_PER_FAMILY } from "@/lib/graph/actors";
import { HOP_BUDGET } from "@/lib/graph/neighbourhood";
import {
  ActorDetailResponseSchema,
  DocumentDetailResponseSchema,
  FocusTotalsSchema,
  GraphResponseSchema,
  type GraphResponse,
} from "@/lib/graph/types";
import type { SeedBundle } from "@/lib/seed/types";
import { writeSeed } from "@/lib/seed/write";
import { syntheticBundle } from "@/lib/synthetic/bundle";
import { generateSyntheticGraph } from "@/lib/synthetic/generate";
import { emptyGraph, loadSyntheticGraph } from "@/lib/synthetic/write";
import { callGet } from "@/tests/support/api-request";
import { referenceBestFirst, referenceNeighbourhood } from "@/tests/support/graph-reference";
import {
  envFor,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
  type ThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

// A generated graph replaces the seeded one, so this suite has a Neo4j of its own; the route
// handlers' driver (lib/db/driver.ts) is pointed at it.
let instance: ThrowawayNeo4j;
let db: Db;
const generated = generateSyntheticGraph({ actors: 1500, seed: 3 });
const bundle: SeedBundle = syntheticBundle(generated);

/** Claim degree (influence and hostility) and strongest tie per neighbour, from the bundle. */
function ties(actorId: string): Map<string, number> {
  const strength = new Map<string, number>();
  for (const rel of bundle.relationships) {
    const other = rel.source === actorId ? rel.target : rel.target === actorId ? rel.source : null;
    if (other) strength.set(other, Math.max(strength.get(other) ?? 0, rel.weight));
  }
  for (const m of bundle.memberships) {
    const other = m.member === actorId ? m.group : m.group === actorId ? m.member : null;
    if (other) strength.set(other, Math.max(strength.get(other) ?? 0, 0));
  }
  return strength;
}

function degrees(): Map<string, number> {
  const degree = new Map(bundle.actors.map((actor) => [actor.id, 0]));
  const add = (id: string) => degree.set(id, degree.get(id)! + 1);
  bundle.relationships.forEach((rel) => (add(rel.source), add(rel.target)));
  bundle.memberships.forEach((m) => (add(m.member), add(m.group)));
  return degree;
}

const hub = [...degrees().entries()].sort((a, b) => b[1] - a[1])[0]![0];

/**
 * A focused view's exact totals: in its counts, or, when counting them would read too much for
 * /api/graph, from /api/graph/totals with the same parameters (as the explorer asks).
 */
async function totalsOf(view: GraphResponse, query: string) {
  const { matchedActors, matchedEdges } = view.counts;
  if (matchedActors !== null && matchedEdges !== null) return { matchedActors, matchedEdges };
  const { status, body } = await callGet(graphTotals, `/api/graph/totals?${query}`);
  expect(status).toBe(200);
  return FocusTotalsSchema.parse(body);
}

/** Every node and relationship with its labels or type, ends and properties, in a stable order. */
async function snapshot(): Promise<string[]> {
  // The graph version differs by design: each load bumps it with a fresh token. The seed loader
  // also writes the curation layer (mentions, aliases, frozen hashes: docs/curation.md), which the
  // synthetic loader leaves out for speed, and the import's audit entries: compared is the graph every
  // read serves.
  const skipped = ["GraphVersion", ...CURATION_LABELS, ...RECORD_LABELS].join("|");
  const nodes = await readRows(
    db,
    `MATCH (n) WHERE NOT n:${skipped} RETURN labels(n) AS labels, properties(n) AS props`,
  );
  for (const node of nodes) {
    if ((node.labels as string[]).includes("Document")) {
      const props = node.props as Record<string, unknown>;
      for (const key of CURATION_DOCUMENT_PROPERTIES) delete props[key];
    }
  }
  const rels = await readRows(
    db,
    `MATCH (s)-[r]->(t) WHERE NOT s:${skipped} AND NOT t:${skipped}
     RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props`,
  );
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
    );
  return [
    ...nodes.map((n) => `N ${[...(n.labels as string[])].sort()} ${canonical(n.props)}`),
    ...rels.map((r) => `R ${r.type} ${r.source} ${r.target} ${canonical(r.props)}`),
  ].sort();
}

beforeAll(async () => {
  instance = await startThrowawayNeo4j();
  Object.assign(process.env, envFor(instance));
  db = getDb();
}, 180_000);

afterAll(async () => {
  await getDb().driver.close();
  await stopThrowawayNeo4j(instance.home);
});

describe("the synthetic loader", () => {
  it("writes exactly the nodes, relationships and properties the seed loader writes", async () => {
    const small = generateSyntheticGraph({ actors: 120, seed: 5 });
    await loadSyntheticGraph(db, small);
    const loaded = await snapshot();
    await writeSeed(db, syntheticBundle(small), { reset: true });
    const seeded = await snapshot();
    expect(loaded.length).toBeGreaterThan(2_000);
    expect(loaded).toEqual(seeded);
    await emptyGraph(db);
    expect(await snapshot()).toEqual([]);
  }, 300_000);
});

describe("reads on a generated 1,500-actor graph", () => {
  beforeAll(async () => {
    await loadSyntheticGraph(db, generated);
  }, 600_000);

  it("loaded every claim with at least one citing passage that exists", async () => {
    const [row] = await readRows(
      db,
      `MATCH ()-[r:INFLUENCES|HOSTILE_TO|MEMBER_OF]->()
       RETURN count(r) AS claims,
              count(CASE WHEN size(r.passageIds) = 0
                           OR any(id IN r.passageIds WHERE NOT EXISTS { (:Passage {id: id}) })
                         THEN r END) AS uncited`,
    );
    expect(row).toEqual({
      claims: bundle.relationships.length + bundle.memberships.length,
      uncited: 0,
    });
  });

  it("cuts the whole graph to the best-connected actors, with exact totals", async () => {
    const { status, body } = await callGet(graph, "/api/graph?limit=100");
    expect(status).toBe(200);
    const view = GraphResponseSchema.parse(body);
    expect(view.nodes).toHaveLength(100);
    expect(view.edges.length).toBeLessThanOrEqual(400);
    expect(view.truncated).toBe(true);
    expect(view.counts).toMatchObject({
      nodesOverLimit: 1_400,
      nodesOverLimitExact: true,
      matchedActors: 1_500,
      matchedEdges: bundle.relationships.length + bundle.memberships.length,
      totalActors: 1_500,
      totalEdges: bundle.relationships.length + bundle.memberships.length,
    });
    const degree = degrees();
    const shown = new Set(view.nodes.map((n) => n.data.id));
    const weakestShown = Math.min(...[...shown].map((id) => degree.get(id)!));
    const strongestLeftOut = Math.max(
      ...[...degree].filter(([id]) => !shown.has(id)).map(([, d]) => d),
    );
    expect(weakestShown).toBeGreaterThanOrEqual(strongestLeftOut);
  });

  it("expands a hub with its strongest neighbours first and says how many more", async () => {
    const neighbours = ties(hub);
    expect(neighbours.size).toBeGreaterThan(100);
    const { body } = await callGet(graph, `/api/graph?focus=${hub}&depth=1&limit=9`);
    const view = GraphResponseSchema.parse(body);
    expect(view.nodes.map((n) => n.data.id)[0]).toBe(hub);
    expect(view.nodes).toHaveLength(9);
    const reference = referenceNeighbourhood(bundle, hub, 1, {});
    expect(view.counts).toMatchObject({
      nodesOverLimit: neighbours.size - 8,
      nodesOverLimitExact: true,
      matchedActors: neighbours.size + 1,
      matchedEdges: reference.edges.size,
    });
    expect(reference.distance.size).toBe(neighbours.size + 1);
    const kept = view.nodes.slice(1).map((n) => neighbours.get(n.data.id)!);
    const leftOut = [...neighbours]
      .filter(([id]) => !view.nodes.some((n) => n.data.id === id))
      .map(([, weight]) => weight);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...leftOut));
  });

  it("stops walking at the hop that fills the limit and says the count is a lower bound", async () => {
    const { body } = await callGet(graph, `/api/graph?focus=${hub}&depth=3&limit=50`);
    const view = GraphResponseSchema.parse(body);
    expect(view.nodes).toHaveLength(50);
    expect(view.nodes.every((n) => (n.data.distance ?? 0) <= 1)).toBe(true);
    expect(view.truncated).toBe(true);
    expect(view.counts.nodesOverLimitExact).toBe(false);
    expect(view.counts.nodesOverLimit).toBe(ties(hub).size - 49);
    // The totals are exact all the same: the whole 3-step neighbourhood, counted.
    const reference = referenceNeighbourhood(bundle, hub, 3, {});
    expect(reference.distance.size).toBeGreaterThan(ties(hub).size + 1);
    expect(await totalsOf(view, `focus=${hub}&depth=3&limit=50`)).toEqual({
      matchedActors: reference.distance.size,
      matchedEdges: reference.edges.size,
    });
  });

  it("walks best-first at depth 2: the strongest ties of the strongest actors, within the limit", async () => {
    // An actor of some prominence whose neighbours' ties all fit in one hop's budget.
    const degree = degrees();
    const focus = [...degree.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => id)
      .find(
        (id) =>
          ties(id).size < 150 &&
          [...ties(id).keys()].reduce((sum, other) => sum + degree.get(other)!, 0) <= HOP_BUDGET &&
          referenceNeighbourhood(bundle, id, 2, {}).distance.size > 400,
      )!;
    const { body } = await callGet(graph, `/api/graph?focus=${focus}&depth=2&limit=200`);
    const view = GraphResponseSchema.parse(body);
    const expected = referenceBestFirst(bundle, focus, 2, 200);
    expect(view.nodes.map((n) => [n.data.id, n.data.distance])).toEqual(
      expected.map((n) => [n.id, n.distance]),
    );
    expect(view.nodes.filter((n) => n.data.distance === 2).length).toBeGreaterThan(0);
    // Every actor left out at hop 2 is tied to the shown ones no more strongly than the weakest kept.
    const shown = new Set(view.nodes.map((n) => n.data.id));
    const hopOne = view.nodes.filter((n) => n.data.distance === 1).map((n) => n.data.id);
    const hopOneTies = hopOne.map(ties);
    const strongest = (id: string) => Math.max(...hopOneTies.map((tie) => tie.get(id) ?? -1));
    const kept = view.nodes.filter((n) => n.data.distance === 2).map((n) => strongest(n.data.id));
    const reference = referenceNeighbourhood(bundle, focus, 2, {});
    const leftOut = [...reference.distance]
      .filter(([id, d]) => d === 2 && !shown.has(id))
      .map(([id]) => strongest(id));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...leftOut));
    expect(view.counts).toMatchObject({
      nodesOverLimit: reference.distance.size - 200,
      nodesOverLimitExact: true,
    });
  });

  it("answers a cut neighbourhood's totals exactly, as a brute-force Cypher count does", async () => {
    for (const [focus, depth] of [
      [hub, 1],
      [hub, 2],
      [bundle.actors[700]!.id, 2],
    ] as const) {
      const query = `focus=${focus}&depth=${depth}&limit=20`;
      const view = GraphResponseSchema.parse((await callGet(graph, `/api/graph?${query}`)).body);
      expect(view.truncated).toBe(true);
      const [brute] = await readRows(
        db,
        `MATCH (f:Actor {id: $focus})
         MATCH (f)-[:INFLUENCES|HOSTILE_TO|MEMBER_OF*0..${depth}]-(b:Actor)
         WITH collect(DISTINCT b) AS reach
         UNWIND reach AS a
         MATCH (a)-[r:INFLUENCES|HOSTILE_TO|MEMBER_OF]->(b)
         WHERE b IN reach
         RETURN size(reach) AS matchedActors, count(r) AS matchedEdges`,
        { focus },
      );
      expect(await totalsOf(view, query)).toEqual(brute);
      const { body } = await callGet(graphTotals, `/api/graph/totals?${query}`);
      expect(body).toEqual(brute);
    }
  });

  it("lists a hub's strongest relationships per family, with the totals", async () => {
    const { body } = await callGet(actorById, `/api/actors/${hub}`, { id: hub });
    const detail = ActorDetailResponseSchema.parse(body);
    const own = bundle.relationships.filter((r) => r.source === hub || r.target === hub);
    const count = (family: string) => own.filter((r) => r.family === family).length;
    expect(detail.counts).toEqual({
      influence: count("influence"),
      hostility: count("hostility"),
      memberships: bundle.memberships.filter((m) => m.member === hub || m.group === hub).length,
    });
    expect(count("influence")).toBeGreaterThan(ACTOR_RELATIONSHIPS_PER_FAMILY);
    expect(detail.truncated).toBe(true);
    for (const family of ["influence", "hostility"] as const) {
      const listed = detail.relationships.filter((r) => r.family === family);
      expect(listed).toHaveLength(Math.min(ACTOR_RELATIONSHIPS_PER_FAMILY, count(family)));
      const listedIds = new Set(listed.map((r) => r.id));
      const weakestListed = Math.min(...listed.map((r) => r.weight));
      const unlisted = own.filter((r) => r.family === family && !listedIds.has(r.id));
      expect(unlisted.every((r) => r.weight <= weakestListed)).toBe(true);
      expect(listed.every((r) => r.citations.length > 0)).toBe(true);
    }
  });

  it("finds, for each passage of a hub-heavy document, exactly the claims that cite it", async () => {
    const document = bundle.documents[0]!;
    const { body } = await callGet(documentById, `/api/documents/${document.id}`, {
      id: document.id,
    });
    const detail = DocumentDetailResponseSchema.parse(body);
    const citing = (passageId: string, claims: Array<{ id: string; passageIds: string[] }>) =>
      claims
        .filter((c) => c.passageIds.includes(passageId))
        .map((c) => c.id)
        .sort();
    expect(detail.passages.length).toBeGreaterThan(100);
    for (const passage of detail.passages) {
      expect(passage.relationshipIds).toEqual(citing(passage.id, bundle.relationships));
      expect(passage.membershipIds).toEqual(citing(passage.id, bundle.memberships));
    }
  });

  it("finds an actor by name and paths between two of them", async () => {
    const someone = bundle.actors[700]!;
    const search = await callGet<{ actors: Array<{ id: string }> }>(
      actors,
      `/api/actors?q=${encodeURIComponent(someone.name)}`,
    );
    expect(search.body.actors[0]?.id).toBe(someone.id);
    const response = await paths(
      new Request(`http://localhost/api/paths?from=${someone.id}&to=${bundle.actors[1200]!.id}`),
    );
    expect(response.status).toBe(200);
    const { paths: found } = (await response.json()) as { paths: unknown[] };
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
  });

  it("ranks a graph beyond the exact analyses' limits in a worker, from the arrays, exactly", async () => {
    const response = await rankings(new Request("http://localhost/api/analysis/rankings?top=5"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as RankingsBody;
    expect(body).toMatchObject({
      actorCount: 1_500,
      betweennessMethod: { kind: "exact", algorithm: "brandes" },
    });
    expect(body.actors).toHaveLength(5);
    const ranks = body.actors.map((a) => a.pageRank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    await expect(
      loadSignedGraph(db, { actors: 2_000, relationships: 20_000 }),
    ).resolves.toMatchObject({ actors: expect.any(Array) });
  });
});
