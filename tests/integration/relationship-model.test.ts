import { parse as parseCsv } from "csv-parse/sync";
import { GET as getActorById } from "@/app/api/actors/[id]/route";
import { GET as evidenceGet } from "@/app/api/analysis/evidence/route";
import { GET as exportGet } from "@/app/api/export/route";
import { GET as pathsGet } from "@/app/api/paths/route";
import { GET as getRelationshipById } from "@/app/api/relationships/[id]/route";
import type { EvidenceReport } from "@/lib/analysis/evidence";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import type { ExportEdge } from "@/lib/export/export-graph";
import {
  ActorDetailResponseSchema,
  RelationshipResponseSchema,
  RelationshipSchema,
  type Relationship,
} from "@/lib/graph/types";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import type { SeedRelationship } from "@/lib/seed/types";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { callGet, closeAppDriver } from "@/tests/support/api-request";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(closeAppDriver);

/** The documented citation order: the order the relationship lists its passages. */
const documentedOrder = (seeded: { passageIds: string[] }) => seeded.passageIds;
const passageIds = (item: { citations: Array<{ passageId: string }> }) =>
  item.citations.map((c) => c.passageId);

/** A relationship no parallel tie (same ends, family and direction) can stand in for on a path. */
function alone(r: SeedRelationship): boolean {
  return !bundle.relationships.some(
    (o) => o.id !== r.id && o.source === r.source && o.target === r.target && o.family === r.family,
  );
}

const pathQuery = (r: SeedRelationship) =>
  `from=${r.source}&to=${r.target}&maxHops=1&directed=true&families=${r.family}`;

async function fromRelationships(id: string): Promise<Relationship> {
  const result = await callGet(getRelationshipById, `/api/relationships/${id}`, { id });
  expect(result.status).toBe(200);
  const body = RelationshipResponseSchema.parse(result.body);
  if (!("relationship" in body)) throw new Error(`${id} came back as a membership`);
  return body.relationship;
}

async function fromActor(actorId: string, id: string): Promise<Relationship> {
  const result = await callGet(getActorById, `/api/actors/${actorId}`, { id: actorId });
  expect(result.status).toBe(200);
  const found = ActorDetailResponseSchema.parse(result.body).relationships.find((r) => r.id === id);
  if (!found) throw new Error(`${id} is not listed for ${actorId}`);
  return found;
}

async function fromPaths(r: SeedRelationship): Promise<InfluencePath["relationships"][number]> {
  const response = await pathsGet(new Request(`http://localhost/api/paths?${pathQuery(r)}`));
  expect(response.status).toBe(200);
  const { paths } = (await response.json()) as { paths: InfluencePath[] };
  const hop = paths.flatMap((p) => p.relationships).find((h) => h.id === r.id);
  if (!hop) throw new Error(`${r.id} is on no path`);
  return hop;
}

async function exported(query: string): Promise<string> {
  const response = await exportGet(new Request(`http://localhost/api/export?${query}`));
  expect({ query, status: response.status }).toEqual({ query, status: 200 });
  return response.text();
}

describe("one relationship and citation model", () => {
  it("gives a relationship's citations in the same order from the relationship, the actor and the paths", async () => {
    const chosen = bundle.relationships.filter((r) => r.passageIds.length >= 2 && alone(r));
    expect(chosen.length).toBeGreaterThan(0);
    for (const seeded of chosen) {
      const single = await fromRelationships(seeded.id);
      const viaSource = await fromActor(seeded.source, seeded.id);
      const viaTarget = await fromActor(seeded.target, seeded.id);
      const hop = await fromPaths(seeded);
      expect(passageIds(single)).toEqual(documentedOrder(seeded));
      expect(viaSource).toEqual(single);
      expect(viaTarget).toEqual(single);
      // A path hop is the same relationship, plus how the path walks it.
      const { forward, parallelIds, ...relationship } = hop;
      expect({ forward, parallelIds }).toEqual({ forward: true, parallelIds: [] });
      expect(RelationshipSchema.parse(relationship)).toEqual(single);
    }
  });

  it("orders citations as the relationship lists them in the analyses and the view export", async () => {
    const evidence = await callGet<EvidenceReport>(evidenceGet, "/api/analysis/evidence");
    expect(evidence.status).toBe(200);
    const analysed = new Map(
      evidence.body.relationships.map(({ relationship }) => [relationship.id, relationship]),
    );
    const view = JSON.parse(await exported("format=json")) as { edges: ExportEdge[] };
    const edges = new Map(view.edges.map((edge) => [edge.id, edge]));
    const csv = parseCsv(await exported("format=csv&table=edges"), { columns: true }) as Array<
      Record<string, string>
    >;
    const rows = new Map(csv.map((row) => [row.id!, row]));
    for (const seeded of bundle.relationships) {
      expect({ id: seeded.id, order: passageIds(analysed.get(seeded.id)!) }).toEqual({
        id: seeded.id,
        order: documentedOrder(seeded),
      });
      expect(analysed.get(seeded.id)).toEqual(await fromRelationships(seeded.id));
      expect(passageIds(edges.get(seeded.id)!)).toEqual(documentedOrder(seeded));
      expect(rows.get(seeded.id)!.passageIds!.split(";")).toEqual(documentedOrder(seeded));
    }
    for (const seeded of bundle.memberships) {
      expect(passageIds(edges.get(seeded.id)!)).toEqual(documentedOrder(seeded));
    }
  });

  it("writes the real yearInferred and dates into path exports", async () => {
    const inferred = bundle.relationships.filter((r) => r.yearInferred && alone(r));
    // The seeded dates all have an inferred year; the other case is an undated relationship.
    const stated = bundle.relationships.filter((r) => !r.yearInferred && alone(r));
    expect(inferred.length).toBeGreaterThan(0);
    expect(stated.length).toBeGreaterThan(0);
    for (const seeded of [inferred[0]!, stated[0]!]) {
      const query = `analysis=paths&${pathQuery(seeded)}`;
      const dates = {
        dateStart: seeded.dateStart ?? null,
        dateEnd: seeded.dateEnd ?? null,
        dateLabel: seeded.dateLabel ?? null,
        yearInferred: seeded.yearInferred,
      };

      const json = JSON.parse(await exported(`format=json&${query}`)) as { edges: ExportEdge[] };
      const edge = json.edges.find((e) => e.id === seeded.id)!;
      expect(edge).toMatchObject(dates);
      expect(passageIds(edge)).toEqual(documentedOrder(seeded));

      const csv = parseCsv(await exported(`format=csv&${query}`), { columns: true }) as Array<
        Record<string, string>
      >;
      const row = csv.find((r) => r.id === seeded.id)!;
      expect(row.yearInferred).toBe(String(seeded.yearInferred));
      expect(row.dateStart).toBe(seeded.dateStart ?? "");

      const markdown = await exported(`format=markdown&${query}`);
      expect(markdown.includes("year inferred")).toBe(seeded.yearInferred);
    }
  });
});
