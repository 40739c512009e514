import { GET as getRelationshipById } from "@/app/api/relationships/[id]/route";
import { RelationshipResponseSchema, type RelationshipResponse } from "@/lib/graph/types";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { callGet, closeAppDriver, errorResult, READ_HEADERS } from "@/tests/support/api-request";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(closeAppDriver);

const relationship = (id: string) =>
  callGet<RelationshipResponse>(getRelationshipById, `/api/relationships/${id}`, { id });
const passageText = (id: string) => bundle.passages.find((p) => p.id === id)!.text;

describe("GET /api/relationships/{id}", () => {
  it("gives every influence and hostility relationship with all its cited passages", async () => {
    for (const seeded of bundle.relationships) {
      const result = await relationship(seeded.id);
      expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
      const body = RelationshipResponseSchema.parse(result.body);
      if (!("relationship" in body)) throw new Error(`${seeded.id} came back as a membership`);
      expect(body.relationship).toMatchObject({
        id: seeded.id,
        family: seeded.family,
        kind: seeded.kind,
        source: seeded.source,
        target: seeded.target,
        weight: seeded.weight,
        summary: seeded.summary,
      });
      expect(body.relationship.citations.map((c) => [c.passageId, c.text])).toEqual(
        expect.arrayContaining(seeded.passageIds.map((id) => [id, passageText(id)])),
      );
      expect(body.relationship.citations).toHaveLength(seeded.passageIds.length);
    }
  });

  it("gives a membership, which the graph draws as an edge, with its citations", async () => {
    for (const seeded of bundle.memberships) {
      const { status, body } = await relationship(seeded.id);
      expect(status).toBe(200);
      expect(RelationshipResponseSchema.parse(body)).toEqual({
        membership: {
          id: seeded.id,
          role: seeded.role,
          member: seeded.member,
          memberName: bundle.actors.find((a) => a.id === seeded.member)!.name,
          group: seeded.group,
          groupName: bundle.actors.find((a) => a.id === seeded.group)!.name,
          citations: expect.any(Array),
        },
      });
    }
  });

  it.each([
    [
      "an unknown id",
      "no-such-claim",
      404,
      "not_found",
      'No relationship or membership with id "no-such-claim".',
    ],
    [
      "an upper-case id",
      "US-KILLS-SOLEIMANI",
      400,
      "bad_request",
      "Invalid parameter: id: must be an id: lower-case letters, digits and single hyphens",
    ],
    [
      "an id with a slash",
      "a/b",
      400,
      "bad_request",
      "Invalid parameter: id: must be an id: lower-case letters, digits and single hyphens",
    ],
  ])("answers %s with the right status and message", async (_, id, status, code, message) => {
    expect(await relationship(id)).toEqual(errorResult(status, code, message));
  });
});
