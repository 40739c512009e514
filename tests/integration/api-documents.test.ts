import { GET as getDocuments } from "@/app/api/documents/route";
import { GET as getDocumentById } from "@/app/api/documents/[id]/route";
import { GET as getActorById } from "@/app/api/actors/[id]/route";
import {
  DocumentDetailResponseSchema,
  DocumentsResponseSchema,
  type DocumentDetailResponse,
  type DocumentsResponse,
} from "@/lib/graph/types";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { callGet, closeAppDriver, errorResult, READ_HEADERS } from "@/tests/support/api-request";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(closeAppDriver);

const documents = (query = "") =>
  callGet<DocumentsResponse>(getDocuments, `/api/documents${query}`);
const document = (id: string) =>
  callGet<DocumentDetailResponse>(getDocumentById, `/api/documents/${id}`, { id });

describe("GET /api/documents", () => {
  it("lists every document without its text, with its number of passages", async () => {
    const result = await documents();
    expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
    const body = DocumentsResponseSchema.parse(result.body);
    expect(body.hasMore).toBe(false);
    expect(body.documents.map((d) => d.id).sort()).toEqual(
      bundle.documents.map((d) => d.id).sort(),
    );
    for (const listed of body.documents) {
      const seeded = bundle.documents.find((d) => d.id === listed.id)!;
      expect(listed).toEqual({
        id: seeded.id,
        title: seeded.title,
        subtitle: seeded.subtitle ?? null,
        section: seeded.section ?? null,
        publisher: seeded.publisher ?? null,
        published: seeded.published?.date ?? null,
        publishedYearInferred: seeded.published?.yearInferred ?? false,
        passageCount: bundle.passages.filter((p) => p.documentId === seeded.id).length,
      });
    }
  });

  it.each([
    ["limit: must be at least 1", "?limit=0"],
    ["offset: must be a whole number from 0 to 100000", "?offset=x"],
    ["q: is not a parameter of this endpoint", "?q=Iran"],
  ])("rejects with 400: %s", async (message, query) => {
    expect(await documents(query)).toEqual(
      errorResult(400, "bad_request", `Invalid parameter: ${message}`),
    );
  });
});

describe("GET /api/documents/{id}", () => {
  it("gives the text and every cited passage with its actors and citing claims", async () => {
    for (const seeded of bundle.documents) {
      const result = await document(seeded.id);
      expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
      const body = DocumentDetailResponseSchema.parse(result.body);
      expect(body.document).toMatchObject({
        id: seeded.id,
        title: seeded.title,
        sourceFile: seeded.sourceFile,
        text: seeded.text,
        bodyStart: seeded.bodyStart,
        bodyEnd: seeded.bodyEnd,
      });
      const citing = (list: Array<{ id: string; passageIds: string[] }>, passageId: string) =>
        list
          .filter((claim) => claim.passageIds.includes(passageId))
          .map((claim) => claim.id)
          .sort();
      const expected = bundle.passages
        .filter((p) => p.documentId === seeded.id)
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .map((p) => ({
          id: p.id,
          start: p.start,
          end: p.end,
          actorIds: [...p.actorIds].sort(),
          relationshipIds: citing(bundle.relationships, p.id),
          membershipIds: citing(bundle.memberships, p.id),
        }));
      expect(body.passages).toEqual(expected);
      const mentioned = new Set(expected.flatMap((p) => p.actorIds));
      expect(body.actors.map((a) => a.id).sort()).toEqual([...mentioned].sort());
    }
  });

  it("gives each mentioned actor its aliases plus the ones local to this document, and only here", async () => {
    for (const seeded of bundle.documents) {
      const body = DocumentDetailResponseSchema.parse((await document(seeded.id)).body);
      for (const actor of body.actors) {
        const entry = bundle.actors.find((a) => a.id === actor.id)!;
        const local = (entry.localAliases ?? [])
          .filter((scope) => scope.document === seeded.id)
          .flatMap((scope) => scope.aliases);
        expect(actor.aliases).toEqual([...entry.aliases, ...local]);
      }
    }
    const withLocal = bundle.actors.filter((a) => (a.localAliases ?? []).length > 0);
    expect(withLocal.length).toBeGreaterThan(0);
    for (const entry of withLocal) {
      const global = await callGet<{ actor: { aliases: string[] } }>(
        getActorById,
        `/api/actors/${entry.id}`,
        { id: entry.id },
      );
      expect(global.body.actor.aliases).toEqual(entry.aliases);
    }
  });

  it.each([
    [
      "an unknown id",
      "no-such-document",
      404,
      "not_found",
      'No document with id "no-such-document".',
    ],
    [
      "an id with a dot",
      "000.txt",
      400,
      "bad_request",
      "Invalid parameter: id: must be an id: lower-case letters, digits and single hyphens",
    ],
  ])("answers %s with the right status and message", async (_, id, status, code, message) => {
    expect(await document(id)).toEqual(errorResult(status, code, message));
  });
});
