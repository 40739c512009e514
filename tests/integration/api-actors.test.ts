import { GET as getActors } from "@/app/api/actors/route";
import { GET as getActorById } from "@/app/api/actors/[id]/route";
import {
  ActorDetailResponseSchema,
  ActorsResponseSchema,
  type ActorDetailResponse,
  type ActorsResponse,
} from "@/lib/graph/types";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { callGet, closeAppDriver, errorResult, READ_HEADERS } from "@/tests/support/api-request";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(closeAppDriver);

const actors = (path: string) => callGet<ActorsResponse>(getActors, path);
const actor = (id: string) =>
  callGet<ActorDetailResponse>(getActorById, `/api/actors/${id}`, { id });
const idOf = (name: string) => bundle.actors.find((a) => a.name === name)!.id;
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("GET /api/actors", () => {
  it("lists every actor by name without a query, as the contract's JSON", async () => {
    const result = await actors("/api/actors?limit=1000");
    expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
    const body = ActorsResponseSchema.parse(result.body);
    const expected = [...bundle.actors].sort(
      (a, b) => byName(a.name, b.name) || byName(a.id, b.id),
    );
    expect(body.actors).toEqual(
      expected.map(({ id, name, kind, aliases, description }) => ({
        id,
        name,
        kind,
        aliases,
        description,
      })),
    );
    expect(body.hasMore).toBe(false);
  });

  it("pages with limit and offset, saying when more follow", async () => {
    const all = (await actors("/api/actors?limit=1000")).body.actors.map((a) => a.id);
    const first = (await actors("/api/actors?limit=10")).body;
    const second = (await actors("/api/actors?limit=10&offset=10")).body;
    const last = (await actors(`/api/actors?limit=10&offset=${all.length - 5}`)).body;
    expect(first.actors.map((a) => a.id)).toEqual(all.slice(0, 10));
    expect(second.actors.map((a) => a.id)).toEqual(all.slice(10, 20));
    expect([first.hasMore, second.hasMore]).toEqual([all.length > 10, all.length > 20]);
    expect(last).toEqual({ actors: expect.any(Array), hasMore: false });
    expect(last.actors).toHaveLength(5);
  });

  it("filters by kind", async () => {
    const { body } = await actors("/api/actors?kind=person&limit=1000");
    const persons = bundle.actors.filter((a) => a.kind === "person").map((a) => a.id);
    expect(body.actors.map((a) => a.id).sort()).toEqual(persons.sort());
  });

  it.each([
    ["Soleimani", "Qassem Soleimani"],
    ["soleimani", "Qassem Soleimani"],
    ["Solimani", "Qassem Soleimani"],
    ["Solemani", "Qassem Soleimani"],
    ["Qasem Solemani", "Qassem Soleimani"],
    ["Muhandis", "Abu Mahdi al-Muhandis"],
    ["al-Muhandis", "Abu Mahdi al-Muhandis"],
    ["Popular Mobilization", "Popular Mobilization Units"],
    ["Popular Mobilisation", "Popular Mobilization Units"],
    ["Popular Mob", "Popular Mobilization Units"],
    ["Tehran", "Iran"],
    ["Iran's Quds Force", "Quds Force"],
  ])("finds %j: %s first", async (q, name) => {
    const result = await actors(`/api/actors?q=${encodeURIComponent(q)}`);
    expect(result.status).toBe(200);
    expect(ActorsResponseSchema.parse(result.body).actors[0]?.id).toBe(idOf(name));
  });

  it("searches within a kind", async () => {
    const { body } = await actors("/api/actors?q=Iran&kind=armed-group");
    expect(body.actors.length).toBeGreaterThan(0);
    expect(body.actors.every((a) => a.kind === "armed-group")).toBe(true);
  });

  it.each(['Soleimani"~(', "*", "AND OR NOT", "\\", "?? !!"])(
    "treats query syntax in %j as plain text",
    async (q) => {
      const result = await actors(`/api/actors?q=${encodeURIComponent(q)}`);
      expect(result.status).toBe(200);
      ActorsResponseSchema.parse(result.body);
    },
  );

  it("answers a query that matches nothing with an empty list", async () => {
    const { status, body } = await actors("/api/actors?q=zzqqxxjj");
    expect({ status, body }).toEqual({ status: 200, body: { actors: [], hasMore: false } });
  });

  it.each([
    ["limit: must be at least 1", "limit=0"],
    ["limit: must be at most 1000", "limit=1001"],
    ["limit: must be a whole number from 1 to 1000", "limit=ten"],
    ["offset: must be a whole number from 0 to 100000", "offset=-1"],
    [
      "kind: must be one of person, state, government-body, military, organisation, armed-group, political-movement, community",
      "kind=alien",
    ],
    ["q: must be at most 200 characters", `q=${"x".repeat(201)}`],
    ["query: is not a parameter of this endpoint", "query=Iran"],
  ])("rejects a bad parameter with 400: %s", async (message, query) => {
    expect(await actors(`/api/actors?${query}`)).toEqual(
      errorResult(400, "bad_request", `Invalid parameter: ${message}`),
    );
  });
});

describe("GET /api/actors/{id}", () => {
  it("gives every actor with its relationships and memberships in both directions", async () => {
    for (const seeded of bundle.actors) {
      const result = await actor(seeded.id);
      expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
      const body = ActorDetailResponseSchema.parse(result.body);
      expect(body.actor).toEqual({
        id: seeded.id,
        name: seeded.name,
        kind: seeded.kind,
        aliases: seeded.aliases,
        description: seeded.description,
        country: seeded.country ?? null,
        role: seeded.role ?? null,
        documentIds: seeded.documentIds,
      });
      const touches = (ids: string[]) => ids.includes(seeded.id);
      expect(body.relationships.map((r) => r.id).sort()).toEqual(
        bundle.relationships
          .filter((r) => touches([r.source, r.target]))
          .map((r) => r.id)
          .sort(),
      );
      expect(body.memberships.map((m) => m.id).sort()).toEqual(
        bundle.memberships
          .filter((m) => touches([m.member, m.group]))
          .map((m) => m.id)
          .sort(),
      );
    }
  });

  it("carries each relationship's fields, date and cited passages as seeded", async () => {
    const soleimani = idOf("Qassem Soleimani");
    const { body } = await actor(soleimani);
    const passages = new Map(bundle.passages.map((p) => [p.id, p]));
    for (const relationship of body.relationships) {
      const seeded = bundle.relationships.find((r) => r.id === relationship.id)!;
      const source = bundle.actors.find((a) => a.id === seeded.source)!;
      const target = bundle.actors.find((a) => a.id === seeded.target)!;
      expect(relationship).toEqual({
        id: seeded.id,
        family: seeded.family,
        kind: seeded.kind,
        source: source.id,
        sourceName: source.name,
        target: target.id,
        targetName: target.name,
        weight: seeded.weight,
        summary: seeded.summary,
        date: seeded.dateStart
          ? {
              start: seeded.dateStart,
              end: seeded.dateEnd,
              label: seeded.dateLabel ?? null,
              yearInferred: seeded.yearInferred,
            }
          : null,
        citations: expect.any(Array),
        // Each seeded relationship is one accepted claim of its documents (docs/curation.md).
        evidence: {
          claimCount: 1,
          sourceCount: seeded.documentIds.length,
          independentSourceCount: seeded.documentIds.length,
          contested: false,
          contestedBecause: [],
          disputes: [],
        },
      });
      expect(relationship.citations.map((c) => c.passageId).sort()).toEqual(
        [...seeded.passageIds].sort(),
      );
      for (const citation of relationship.citations) {
        const passage = passages.get(citation.passageId)!;
        const document = bundle.documents.find((d) => d.id === passage.documentId)!;
        expect(citation).toEqual({
          passageId: passage.id,
          documentId: document.id,
          documentTitle: document.title,
          text: passage.text,
          start: passage.start,
          end: passage.end,
        });
      }
    }
  });

  it("shows the memberships an actor has as a group, with roles and citations", async () => {
    const group = bundle.memberships[0]!.group;
    const { body } = await actor(group);
    const expected = bundle.memberships.filter((m) => m.group === group || m.member === group);
    expect(body.memberships).toHaveLength(expected.length);
    for (const membership of body.memberships) {
      const seeded = expected.find((m) => m.id === membership.id)!;
      expect(membership).toMatchObject({
        role: seeded.role,
        member: seeded.member,
        group: seeded.group,
      });
      expect(membership.citations.map((c) => c.passageId).sort()).toEqual(
        [...seeded.passageIds].sort(),
      );
    }
  });

  const BAD_ID =
    "Invalid parameter: id: must be an id: lower-case letters, digits and single hyphens";
  it.each([
    ["an unknown id", "no-such-actor", 404, "not_found", 'No actor with id "no-such-actor".'],
    ["a name", "Qassem Soleimani", 400, "bad_request", BAD_ID],
    ["a double hyphen", "iran--iraq", 400, "bad_request", BAD_ID],
    ["a trailing hyphen", "iran-", 400, "bad_request", BAD_ID],
    [
      "a 201-character id",
      "x".repeat(201),
      400,
      "bad_request",
      "Invalid parameter: id: must be at most 200 characters",
    ],
  ])("answers %s with the right status and message", async (_, id, status, code, message) => {
    expect(await actor(id)).toEqual(errorResult(status, code, message));
  });
});
