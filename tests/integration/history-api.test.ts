import { readFileSync } from "node:fs";
import path from "node:path";
import { GET as claimsGet, POST as claimPost } from "@/app/api/documents/[id]/claims/route";
import { POST as claimDecidePost } from "@/app/api/documents/[id]/claims/decide/route";
import { GET as mentionsGet } from "@/app/api/documents/[id]/mentions/route";
import { POST as mentionDecidePost } from "@/app/api/documents/[id]/mentions/decide/route";
import { GET as actorGet } from "@/app/api/actors/[id]/route";
import { GET as historyGet } from "@/app/api/history/route";
import { POST as revertPost } from "@/app/api/history/[id]/revert/route";
import { GET as relationshipGet } from "@/app/api/relationships/[id]/route";
import type { ChangeEntry } from "@/lib/audit/audit-history";
import type {
  ClaimView,
  ClaimsResponse,
  MentionGroup,
  MentionsResponse,
  RevertResponse,
} from "@/lib/curation/types";
import { getDb } from "@/lib/db/driver";
import { readRows } from "@/lib/db/session";
import { loadSeed } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import type { SeedBundle } from "@/lib/seed/types";
import { authed, type Credentials } from "@/tests/support/admin-client";
import { addFrozenDocument, idContext, seededCuratorSuite } from "@/tests/support/curator-suite";

// Its own database: this suite accepts and reverts claims, which changes edges other suites count.
let bundle: SeedBundle;

const ARTICLE = readFileSync(
  path.join(__dirname, "../fixtures/curation/second-article.txt"),
  "utf8",
);
const CURATOR = { username: "history-curator", password: "a-long-enough-password" };
const suite = seededCuratorSuite([CURATOR]);
let curator: Credentials;

beforeAll(async () => {
  curator = suite.curators[0]!;
  bundle = await loadSeed(SEED_DIR);
});

const ctx = idContext;
type Failure = { error: { code: string; message: string; details: unknown } };

async function json<T>(response: Response | Promise<Response>) {
  const answer = await response;
  return { status: answer.status, body: (await answer.json()) as T & Failure };
}

const addDocument = (text: string, title: string) =>
  addFrozenDocument(curator, text, { title, publisher: "History Wire", published: "2020-03" });

const claims = async (id: string) =>
  (
    await json<ClaimsResponse>(
      claimsGet(authed(`/api/documents/${id}/claims`, curator, undefined, "GET"), ctx(id)),
    )
  ).body;
const claimById = async (documentId: string, id: string) =>
  (await claims(documentId)).claims.find((c) => c.id === id)!;
const history = (query: string) =>
  json<{ entries: ChangeEntry[]; hasMore: boolean }>(
    historyGet(authed(`/api/history?${query}`, curator, undefined, "GET")),
  );
type ClaimRevert = Extract<RevertResponse, { kind: "claims" }>;
const revert = <T = ClaimRevert>(entryId: string) =>
  json<T>(revertPost(authed(`/api/history/${entryId}/revert`, curator), ctx(entryId)));
const relationship = async (id: string) =>
  (
    await json<{ relationship: { citations: unknown[]; evidence: { claimCount: number } } }>(
      relationshipGet(new Request(`http://atlas.test/api/relationships/${id}`), ctx(id)),
    )
  ).body.relationship;
const ref = (claim: ClaimView) => ({ id: claim.id, version: claim.version });
const graphState = async () =>
  (
    await readRows(
      getDb(),
      `MATCH ()-[r:INFLUENCES|HOSTILE_TO|MEMBER_OF]->()
       RETURN count(r) AS n, collect(r.id + ':' + size(coalesce(r.claimIds, [])) + ':' +
              size(coalesce(r.passageIds, []))) AS edges`,
    )
  )[0];

let articleId: string;
let claimId: string;
let acceptId: string;
let revertId: string;
let citationsBefore: unknown[];
const seedEdge = () =>
  bundle.relationships.find(
    (r) => r.source === "united-states" && r.target === "iran" && r.family === "hostility",
  )!;

describe("history", () => {
  it("lists an accepted proposal in the history of its claim, actors, relationship and document", async () => {
    articleId = await addDocument(ARTICLE, "Baghdad weighs its options");
    const proposal = (await claims(articleId)).claims.find(
      (c) => [c.subject.id, c.object.id].sort().join() === "iran,united-states",
    )!;
    claimId = proposal.id;
    citationsBefore = (await relationship(seedEdge().id)).citations;
    const accepted = await json<unknown>(
      claimDecidePost(
        authed(`/api/documents/${articleId}/claims/decide`, curator, {
          action: "accept",
          claims: [ref(proposal)],
          changes: {
            subjectId: "united-states",
            objectId: "iran",
            family: "hostility",
            kind: seedEdge().kind,
            weight: 2,
            edgeId: seedEdge().id,
          },
        }),
        ctx(articleId),
      ),
    );
    expect(accepted.status).toBe(200);
    for (const query of [
      `claim=${claimId}`,
      "actor=iran",
      "actor=united-states",
      `relationship=${seedEdge().id}`,
      `document=${articleId}`,
    ]) {
      const { status, body } = await history(query);
      expect(status).toBe(200);
      expect(body.entries[0]).toMatchObject({
        action: "claim.accept",
        user: CURATOR.username,
        target: articleId,
        before: [expect.objectContaining({ id: claimId, status: "proposed" })],
        after: expect.objectContaining({
          claims: [expect.objectContaining({ id: claimId, status: "accepted" })],
        }),
      });
      expect(body.entries[0]).not.toHaveProperty("ip");
    }
    acceptId = (await history(`claim=${claimId}`)).body.entries[0]!.id;
    const feed = await history(`user=${CURATOR.username}&limit=2`);
    expect(feed.body.entries[0]!.id).toBe(acceptId);
    expect(feed.body.hasMore).toBe(true);
    expect((await relationship(seedEdge().id)).evidence.claimCount).toBe(2);
  });

  it("reverts the accept: the claim is proposed again and the edge's evidence is back", async () => {
    const reverted = await revert(acceptId);
    expect(reverted.status).toBe(200);
    expect(reverted.body.revertedEntryId).toBe(acceptId);
    expect(reverted.body.claims[0]).toMatchObject({ id: claimId, status: "proposed" });
    const edge = await relationship(seedEdge().id);
    expect(edge.evidence.claimCount).toBe(1);
    expect(edge.citations).toEqual(citationsBefore);
    const [newest] = (await history(`claim=${claimId}`)).body.entries;
    expect(newest).toMatchObject({
      id: reverted.body.entryId,
      action: "revert",
      params: { entryId: acceptId, action: "claim.accept" },
    });
    expect((await history(`relationship=${seedEdge().id}`)).body.entries[0]!.id).toBe(
      reverted.body.entryId,
    );
    revertId = reverted.body.entryId;
    const accept = (await history(`claim=${claimId}`)).body.entries.find((e) => e.id === acceptId);
    expect(accept!.revertedBy).toMatchObject({
      entryId: revertId,
      user: CURATOR.username,
      action: "revert",
    });
  });

  it("reverts the revert: accepted again, on the same edge", async () => {
    const again = await revert(revertId);
    expect(again.status).toBe(200);
    expect(again.body.claims[0]).toMatchObject({
      id: claimId,
      status: "accepted",
      edgeId: seedEdge().id,
      decidedBy: CURATOR.username,
    });
    expect((await relationship(seedEdge().id)).evidence.claimCount).toBe(2);
  });

  it("refuses to revert an entry whose claim changed since (409 naming the change), changing nothing", async () => {
    const state = await graphState();
    const claim = await claimById(articleId, claimId);
    const refused = await revert(acceptId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("revert_conflict");
    expect(refused.body.error.message).toContain(`${CURATOR.username} made "revert"`);
    expect(refused.body.error.message).toContain("it is now accepted");
    expect(refused.body.error.details).toMatchObject({
      claimId,
      current: { status: "accepted", version: claim.version },
      since: { user: CURATOR.username, action: "revert" },
    });
    expect(await graphState()).toEqual(state);
    expect((await claimById(articleId, claimId)).version).toBe(claim.version);
  });

  it("reverting a claim made by hand retracts it and removes the edge it made", async () => {
    const { document } = await claims(articleId);
    const start = document.bodyStart;
    const made = await json<{ claims: ClaimView[] }>(
      claimPost(
        authed(`/api/documents/${articleId}/claims`, curator, {
          subjectId: "iran",
          objectId: "nato",
          family: "hostility",
          kind: "criticises",
          weight: 1,
          citations: [{ start, end: start + 40 }],
        }),
        ctx(articleId),
      ),
    );
    expect(made.status).toBe(201);
    const edgeId = made.body.claims[0]!.edgeId!;
    const [entry] = (await history(`relationship=${edgeId}`)).body.entries;
    expect(entry!.action).toBe("claim.create");
    const reverted = await revert(entry!.id);
    expect(reverted.status).toBe(200);
    expect(reverted.body.claims[0]!.status).toBe("retracted");
    expect(reverted.body.removedEdgeIds).toEqual([edgeId]);
  });

  const groups = async (id: string) =>
    (
      await json<MentionsResponse>(
        mentionsGet(authed(`/api/documents/${id}/mentions`, curator, undefined, "GET"), ctx(id)),
      )
    ).body.groups;
  const groupOf = async (id: string, surface: string) =>
    (await groups(id)).find((g) => g.surface === surface)!;
  const refsOf = (group: MentionGroup) =>
    group.mentions.map((m) => ({ id: m.id, version: m.version }));
  const aliasesOf = async (id: string) =>
    (
      await json<{ actor: { aliases: string[] } }>(
        actorGet(new Request(`http://atlas.test/api/actors/${id}`), ctx(id)),
      )
    ).body.actor.aliases;

  it("reverts a mention link: the mention is open again and the alias it taught is forgotten; reverting that links it again", async () => {
    const open = await groupOf(articleId, "Islamic Republic");
    expect(open.status).not.toBe("linked");
    const linked = await json<unknown>(
      mentionDecidePost(
        authed(`/api/documents/${articleId}/mentions/decide`, curator, {
          action: "link",
          mentions: refsOf(open),
          actorId: "iran",
          teachAlias: "strong",
        }),
        ctx(articleId),
      ),
    );
    expect(linked.status).toBe(200);
    expect(await aliasesOf("iran")).toContain("Islamic Republic");
    const [link] = (await history(`document=${articleId}&limit=1`)).body.entries;
    expect(link!.action).toBe("mention.link");

    const reverted = await revert<Extract<RevertResponse, { kind: "mentions" }>>(link!.id);
    expect(reverted.status).toBe(200);
    expect(reverted.body.kind).toBe("mentions");
    const back = reverted.body.groups.find((g) => g.surface === "Islamic Republic")!;
    expect(back.status).toBe(open.status);
    expect(back.actorId).toBe(open.actorId);
    expect(await aliasesOf("iran")).not.toContain("Islamic Republic");
    const [entry] = (await history(`document=${articleId}&limit=1`)).body.entries;
    expect(entry).toMatchObject({
      id: reverted.body.entryId,
      action: "revert",
      params: { entryId: link!.id, action: "mention.link", kind: "mentions" },
    });
    expect(entry!.before).toEqual([expect.objectContaining({ status: "linked", actorId: "iran" })]);

    const again = await revert<Extract<RevertResponse, { kind: "mentions" }>>(entry!.id);
    expect(again.status).toBe(200);
    const relinked = again.body.groups.find((g) => g.surface === "Islamic Republic")!;
    expect(relinked).toMatchObject({ status: "linked", actorId: "iran" });
    // The link was put back, not taught again: an alias is taught by a curator's decision.
    expect(await aliasesOf("iran")).not.toContain("Islamic Republic");
  });

  it("reverts a rejection: the judgement goes, and a mention decided since refuses (409 naming it)", async () => {
    const open = await groupOf(articleId, "Erbil");
    const rejected = await json<unknown>(
      mentionDecidePost(
        authed(`/api/documents/${articleId}/mentions/decide`, curator, {
          action: "not_actor",
          mentions: refsOf(open),
        }),
        ctx(articleId),
      ),
    );
    expect(rejected.status).toBe(200);
    const [entry] = (await history(`document=${articleId}&limit=1`)).body.entries;
    const reverted = await revert<Extract<RevertResponse, { kind: "mentions" }>>(entry!.id);
    expect(reverted.status).toBe(200);
    expect(reverted.body.groups.find((g) => g.surface === "Erbil")!.status).toBe(open.status);
    const judgements = await readRows(
      getDb(),
      "MATCH (j:MentionJudgement {documentId: $id, surface: 'Erbil'}) RETURN count(j) AS n",
      { id: articleId },
    );
    expect(Number(judgements[0]!.n)).toBe(0);

    // Rejected again by hand: the first rejection's revert is now refused, nothing changes.
    const now = await groupOf(articleId, "Erbil");
    await mentionDecidePost(
      authed(`/api/documents/${articleId}/mentions/decide`, curator, {
        action: "not_actor",
        mentions: refsOf(now),
      }),
      ctx(articleId),
    );
    const state = await groups(articleId);
    const refused = await revert(reverted.body.entryId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("revert_conflict");
    expect(refused.body.error.message).toContain(`mention "Erbil"`);
    expect(refused.body.error.message).toContain(`${CURATOR.username} made it rejected`);
    expect(await groups(articleId)).toEqual(state);
  });

  it("refuses what it cannot revert: a document's freeze (422), an unknown entry (404), a stranger (401)", async () => {
    const feed = (await history(`user=${CURATOR.username}&limit=200`)).body.entries;
    const freeze = feed.find((e) => e.action === "document.freeze")!;
    const refused = await revert(freeze.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "not_revertable",
      details: { action: "document.freeze" },
    });
    expect((await revert("no-such-entry")).status).toBe(404);
    const anonymous = await historyGet(new Request("http://atlas.test/api/history?actor=iran"));
    expect(anonymous.status).toBe(401);
  });

  it.each([
    ["document=a&actor=iran", "actor", "cannot be combined with document"],
    ["claim=Not%20An%20Id", "claim", "must be an id"],
    ["limit=0", "limit", "must be at least 1"],
    ["offset=-1", "offset", "must be a whole number"],
    ["about=iran", "about", "is not a parameter of this endpoint"],
  ])("GET /api/history?%s → 400 naming %s", async (query, field, message) => {
    const { status, body } = await history(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.details).toEqual([
      { parameter: field, message: expect.stringContaining(message) },
    ]);
  });
});
