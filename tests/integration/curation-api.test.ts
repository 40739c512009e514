import { readFileSync } from "node:fs";
import path from "node:path";
import { GET as documentsGet, POST as draftPost } from "@/app/api/documents/route";
import { PATCH as draftPatch } from "@/app/api/documents/[id]/route";
import { POST as freezePost } from "@/app/api/documents/[id]/freeze/route";
import { GET as mentionsGet } from "@/app/api/documents/[id]/mentions/route";
import { POST as decidePost } from "@/app/api/documents/[id]/mentions/decide/route";
import { POST as reanalysePost } from "@/app/api/documents/[id]/reanalyse/route";
import { POST as usersPost } from "@/app/api/users/route";
import type { DecisionResult } from "@/lib/curation/types";
import type { FreezeResult } from "@/lib/curation/freeze";
import type { MentionGroup, MentionsResponse, SimilarDocument } from "@/lib/curation/types";
import { getDb, getDriver } from "@/lib/db/driver";
import { readRows } from "@/lib/db/session";
import { envFor, seedNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

// Its own database: this suite adds documents and actors, which other suites count.
jest.setTimeout(300_000);
let own: OwnNeo4j;
let curator: Credentials;
let otherCurator: Credentials;

const ARTICLE = readFileSync(
  path.join(__dirname, "../fixtures/curation/second-article.txt"),
  "utf8",
);
const CURATOR = { username: "curator-one", password: "a-long-enough-password" };
const OTHER = { username: "curator-two", password: "another-long-password" };

beforeAll(async () => {
  own = await startOwnNeo4j();
  Object.assign(process.env, envFor(own.instance));
  await seedNeo4j(own.instance);
  configureAdminConsole();
  process.env.ATLAS_LOGIN_RATE_BURST = "100000";
  const admin = await logIn(ADMIN);
  for (const account of [CURATOR, OTHER]) {
    const created = await usersPost(authed("/api/users", admin, { ...account, role: "curator" }));
    expect(created.status).toBe(201);
  }
  curator = await logIn(CURATOR);
  otherCurator = await logIn(OTHER);
});

afterAll(async () => {
  await getDriver().close();
  await own?.close();
});

type Context = { params: Promise<{ id: string }> };
const ctx = (id: string): Context => ({ params: Promise.resolve({ id }) });
const count = async (cypher: string, params = {}) =>
  Number((await readRows(getDb(), cypher, params))[0]!.n);

/** Any of the curation routes' answers, success or error. */
type Answer = FreezeResult &
  DecisionResult & {
    error: { code: string; message: string; details: { nearCopies: SimilarDocument[] } };
  };

const metadata = {
  title: "Baghdad weighs its options",
  publisher: "Test Wire",
  published: "2020-03",
};

async function createDraft(text: string, who = curator, extra: Record<string, unknown> = {}) {
  const response = await draftPost(authed("/api/documents", who, { text, metadata, ...extra }));
  return { status: response.status, body: (await response.json()) as Answer };
}

async function freeze(id: string, body: Record<string, unknown>, who = curator) {
  const response = await freezePost(authed(`/api/documents/${id}/freeze`, who, body), ctx(id));
  return { status: response.status, body: (await response.json()) as Answer };
}

async function mentions(id: string, who = curator): Promise<MentionsResponse> {
  const response = await mentionsGet(
    authed(`/api/documents/${id}/mentions`, who, undefined, "GET"),
    ctx(id),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as MentionsResponse;
}

async function decide(id: string, body: unknown, who = curator) {
  const response = await decidePost(
    authed(`/api/documents/${id}/mentions/decide`, who, body),
    ctx(id),
  );
  return { status: response.status, body: (await response.json()) as Answer };
}

const refs = (group: MentionGroup) => group.mentions.map(({ id, version }) => ({ id, version }));
const groupOf = (response: MentionsResponse, surface: string) =>
  response.groups.filter((g) => g.surface === surface);

let articleId: string;

describe("adding a document", () => {
  it("refuses the signed-out (401) and non-curators (403), storing nothing", async () => {
    const before = await count("MATCH (d:Document) RETURN count(d) AS n");
    const signedOut = await draftPost(jsonRequest("/api/documents", { text: ARTICLE, metadata }));
    expect(signedOut.status).toBe(401);
    const analyst = await logIn(ANALYST);
    const asAnalyst = await draftPost(
      authed("/api/documents", analyst, { text: ARTICLE, metadata }),
    );
    expect(asAnalyst.status).toBe(403);
    expect(await count("MATCH (d:Document) RETURN count(d) AS n")).toBe(before);
  });

  it.each([
    ["an empty text", { text: "   \n " }, "text"],
    ["a binary text", { text: "PK\u0003\u0004\u0000\u0000binary" }, "text"],
    ["a body past the text", { text: "Some words here.", bodyEnd: 500 }, "bodyEnd"],
    [
      "a body that ends before it starts",
      { text: "Some words here.", bodyStart: 9, bodyEnd: 3 },
      "bodyStart",
    ],
    ["a title missing", { text: "Words.", metadata: { title: "" } }, "metadata.title"],
  ])("refuses %s with 400 naming the field, storing nothing", async (_, body, field) => {
    const before = await count("MATCH (d:Document) RETURN count(d) AS n");
    const response = await draftPost(authed("/api/documents", curator, { metadata, ...body }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(field);
    expect(await count("MATCH (d:Document) RETURN count(d) AS n")).toBe(before);
  });

  it("stores a draft, audited, that the public list and reader do not show", async () => {
    const bodyStart = ARTICLE.indexOf("Iraq’s caretaker");
    const draft = await createDraft(ARTICLE, curator, { bodyStart });
    expect(draft.status).toBe(201);
    articleId = draft.body.document.id;
    expect(draft.body.document).toMatchObject({
      status: "draft",
      version: 0,
      bodyStart,
      addedBy: CURATOR.username,
    });
    const list = await documentsGet(new Request("http://atlas.test/api/documents"));
    const listed = ((await list.json()) as { documents: { id: string }[] }).documents.map(
      (d) => d.id,
    );
    expect(listed).not.toContain(articleId);
    expect(
      await count(
        "MATCH (a:AuditEntry {action: 'document.create', target: $id}) RETURN count(a) AS n",
        { id: articleId },
      ),
    ).toBe(1);
  });

  it("changes a draft's metadata with its version, and refuses a stale version (409)", async () => {
    const patched = await draftPatch(
      authed(
        `/api/documents/${articleId}`,
        curator,
        { version: 0, metadata: { ...metadata, author: "A. Correspondent" } },
        "PATCH",
      ),
      ctx(articleId),
    );
    expect(patched.status).toBe(200);
    const stale = await draftPatch(
      authed(`/api/documents/${articleId}`, otherCurator, { version: 0, bodyEnd: 50 }, "PATCH"),
      ctx(articleId),
    );
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe(
      "version_conflict",
    );
  });

  it("freezes it: hashed, analysed, known actors linked and new names offered with reasons", async () => {
    const frozen = await freeze(articleId, { version: 1 });
    expect(frozen.status).toBe(200);
    expect(frozen.body.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(frozen.body.document.status).not.toBe("draft");
    const review = await mentions(articleId);
    const linked = new Set(
      review.groups.filter((g) => g.status === "linked").map((g) => g.actorId),
    );
    for (const actorId of [
      "iran",
      "iraq",
      "united-states",
      "mike-pompeo",
      "mohammed-tawfiq-allawi",
      "muqtada-al-sadr",
      "nato",
      "islamic-state",
      "pmu",
    ]) {
      expect(linked).toContain(actorId);
    }
    const tehran = groupOf(review, "Tehran")[0]!;
    expect(tehran).toMatchObject({ status: "linked", actorId: "iran" });
    expect(tehran.reason).toContain("Tehran");
    const open = review.groups.filter((g) => g.status === "open").map((g) => g.surface);
    expect(open).toEqual(expect.arrayContaining(["Abbas Mousavi", "Layla Hassan"]));
    const fuzzy = review.groups.find((g) => g.surface.startsWith("Soleimany"));
    expect(fuzzy).toMatchObject({
      status: "suggested",
      origin: "fuzzy",
      actorId: "qassem-soleimani",
    });
    // Nothing before the body start is analysed.
    expect(
      review.groups.flatMap((g) => g.mentions).every((m) => m.start >= review.document.bodyStart),
    ).toBe(true);
  });

  it("refuses the identical text (409 naming the document) and stores no second copy", async () => {
    const draft = await createDraft(ARTICLE);
    const refused = await freeze(draft.body.document.id, { version: 0 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("duplicate_document");
    expect(refused.body.error.message).toContain(articleId);
    expect(
      await count("MATCH (d:Document {id: $id}) WHERE d.sha256 IS NOT NULL RETURN count(d) AS n", {
        id: draft.body.document.id,
      }),
    ).toBe(0);
  });

  it("says a syndicated copy with another footer looks like a copy, and links it as one when asked", async () => {
    const copy = `${ARTICLE.trim()}\n\nThis article first appeared on another wire. Republished with permission.`;
    const draft = await createDraft(copy);
    const id = draft.body.document.id;
    const refused = await freeze(id, { version: 0 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("near_copy");
    expect(refused.body.error.details.nearCopies[0]!.id).toBe(articleId);
    expect(refused.body.error.details.nearCopies[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    const linked = await freeze(id, { version: 0, copyOf: articleId });
    expect(linked.status).toBe(200);
    expect(linked.body.document.copyOf).toEqual({ id: articleId, title: metadata.title });
  });
});

describe("resolving mentions", () => {
  it("links every occurrence of a name at once, and a stale version gets 409 changing nothing", async () => {
    const review = await mentions(articleId);
    const erbil = groupOf(review, "Erbil")[0] ?? review.groups.find((g) => g.status === "open")!;
    const linked = await decide(articleId, {
      action: "link",
      mentions: refs(erbil),
      actorId: "iraq",
    });
    expect(linked.status).toBe(200);
    const again = await decide(
      articleId,
      { action: "not_actor", mentions: refs(erbil) },
      otherCurator,
    );
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("version_conflict");
    const after = await mentions(articleId);
    expect(
      after.groups.find((g) => g.surface === erbil.surface && g.status === "linked")?.actorId,
    ).toBe("iraq");
    // Undo: back to what the analysis proposes.
    const current = after.groups.find((g) => g.surface === erbil.surface)!;
    expect((await decide(articleId, { action: "reopen", mentions: refs(current) })).status).toBe(
      200,
    );
    expect(
      (await mentions(articleId)).groups.find((g) => g.surface === erbil.surface)?.status,
    ).toBe(erbil.status);
  });

  it("creates a new actor from a name, audited with the link in one transaction", async () => {
    const review = await mentions(articleId);
    const mousavi = groupOf(review, "Abbas Mousavi")[0]!;
    const auditBefore = await count("MATCH (a:AuditEntry) RETURN count(a) AS n");
    const created = await decide(articleId, {
      action: "new_actor",
      mentions: refs(mousavi),
      actor: {
        name: "Abbas Mousavi",
        kind: "person",
        description: "Spokesman of Iran's foreign ministry in 2020.",
      },
    });
    expect(created.status).toBe(200);
    expect(created.body.actorId).toBe("abbas-mousavi");
    expect(await count("MATCH (a:Actor:Person {id: 'abbas-mousavi'}) RETURN count(a) AS n")).toBe(
      1,
    );
    expect(await count("MATCH (a:AuditEntry) RETURN count(a) AS n")).toBe(auditBefore + 2);
    const bad = await decide(articleId, {
      action: "new_actor",
      mentions: refs(mousavi),
      actor: { name: "X", kind: "planet", description: "" },
    });
    expect(bad.status).toBe(400);
  });

  it("a rejected name stays rejected after re-analysis", async () => {
    const review = await mentions(articleId);
    const najaf =
      review.groups.find((g) => g.surface === "Najaf") ??
      review.groups.find((g) => g.status === "open")!;
    expect((await decide(articleId, { action: "not_actor", mentions: refs(najaf) })).status).toBe(
      200,
    );
    const reanalysed = await reanalysePost(
      authed(`/api/documents/${articleId}/reanalyse`, curator),
      ctx(articleId),
    );
    expect(reanalysed.status).toBe(200);
    const after = await mentions(articleId);
    expect(after.groups.filter((g) => g.surface === najaf.surface).map((g) => g.status)).toEqual([
      "rejected",
    ]);
  });

  it("'not this actor' on a fuzzy suggestion is never suggested again, in any document", async () => {
    const review = await mentions(articleId);
    const fuzzy = review.groups.find(
      (g) => g.origin === "fuzzy" && g.actorId === "qassem-soleimani",
    )!;
    expect(
      (await decide(articleId, { action: "not_this_actor", mentions: refs(fuzzy) })).status,
    ).toBe(200);
    const after = await mentions(articleId);
    expect(
      after.groups
        .filter((g) => g.surface === fuzzy.surface)
        .every((g) => g.actorId !== "qassem-soleimani"),
    ).toBe(true);
    const other = await createDraft(
      `A profile of Soleimany and his legacy in the region, written years later.\n\nSoleimany was feared.`,
    );
    expect((await freeze(other.body.document.id, { version: 0 })).status).toBe(200);
    const elsewhere = await mentions(other.body.document.id);
    expect(elsewhere.groups.some((g) => g.actorId === "qassem-soleimani")).toBe(false);
  });

  it("teaches a strong alias that links without a click in the next document, with its provenance", async () => {
    const review = await mentions(articleId);
    const republic = review.groups.find(
      (g) => g.surface === "Islamic Republic" && g.status !== "linked",
    );
    expect(republic).toBeDefined();
    const taught = await decide(articleId, {
      action: "link",
      mentions: refs(republic!),
      actorId: "iran",
      teachAlias: "strong",
    });
    expect(taught.status).toBe(200);
    expect(
      await count(
        `MATCH (:Alias {text: 'Islamic Republic', strength: 'strong', addedBy: $user})-[:ALIAS_OF]->(:Actor {id: 'iran'})
         MATCH (alias:Alias {text: 'Islamic Republic'})-[:LEARNED_FROM]->(:Mention {documentId: $id})
         RETURN count(alias) AS n`,
        { user: CURATOR.username, id: articleId },
      ),
    ).toBe(1);
    expect(
      (await readRows(getDb(), "MATCH (a:Actor {id: 'iran'}) RETURN a.aliases AS aliases"))[0]!
        .aliases,
    ).toContain("Islamic Republic");
    const next = await createDraft(
      "The Islamic Republic answered within hours.\n\nOfficials in the Islamic Republic were unmoved.",
    );
    expect((await freeze(next.body.document.id, { version: 0 })).status).toBe(200);
    const there = await mentions(next.body.document.id);
    expect(groupOf(there, "Islamic Republic")[0]).toMatchObject({
      status: "linked",
      actorId: "iran",
      origin: "strong_alias",
    });
  });

  it("a weak alias needs confirming in each document", async () => {
    const next = await createDraft(
      "The president spoke at length.\n\nLater the president left for Florida.",
    );
    expect((await freeze(next.body.document.id, { version: 0 })).status).toBe(200);
    const there = await mentions(next.body.document.id);
    const president = there.groups.find((g) => g.surface === "the president");
    expect(president).toMatchObject({
      status: "suggested",
      origin: "weak_alias",
      actorId: "donald-trump",
    });
  });
});

describe("a corrected text", () => {
  it("supersedes the old document: exact matches move with their decisions, the rest is listed for review", async () => {
    // The correction changes one name's sentence and adds a paragraph at the end.
    const corrected = `${ARTICLE.replace(
      "Its foreign ministry spokesman, Abbas Mousavi, said",
      "Its foreign ministry spokesman, Abbas Mousavi, insisted",
    ).replace("Najaf", "the holy city")}\n\nCorrection: an earlier version misstated a quote.`;
    const draft = await createDraft(corrected, curator, {
      bodyStart: corrected.indexOf("Iraq’s caretaker"),
    });
    const id = draft.body.document.id;
    const frozen = await freeze(id, { version: 0, supersedes: articleId });
    expect([frozen.status, frozen.body.error?.message]).toEqual([200, undefined]);
    const report = frozen.body.superseded!;
    expect(report.supersedes.id).toBe(articleId);
    // Decided in the old version: Abbas Mousavi (new actor), Islamic Republic (taught alias), Najaf.
    expect(report.mentions.moved).toBe(2);
    // "Najaf" was rejected in the old version; the correction no longer has it.
    expect(report.mentions.review.map((m) => m.text)).toContain("Najaf");
    const there = await mentions(id);
    expect(groupOf(there, "Islamic Republic")[0]).toMatchObject({
      status: "linked",
      actorId: "iran",
    });
    expect(groupOf(there, "Abbas Mousavi")[0]).toMatchObject({
      status: "linked",
      actorId: "abbas-mousavi",
    });
    expect(
      await count(
        "MATCH (:Document {id: $id})-[s:SUPERSEDES]->(:Document {id: $old}) RETURN count(s) AS n",
        { id, old: articleId },
      ),
    ).toBe(1);
    // A second correction of the same old version is refused.
    const again = await createDraft(`${corrected}\n\nA second correction.`);
    const refused = await freeze(again.body.document.id, { version: 0, supersedes: articleId });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("already_superseded");
  });
});
