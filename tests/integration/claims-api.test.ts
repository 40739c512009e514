import { readFileSync } from "node:fs";
import path from "node:path";
import { GET as claimsGet, POST as claimPost } from "@/app/api/documents/[id]/claims/route";
import { POST as claimDecidePost } from "@/app/api/documents/[id]/claims/decide/route";
import { POST as finishPost } from "@/app/api/documents/[id]/finish/route";
import { POST as reanalysePost } from "@/app/api/documents/[id]/reanalyse/route";
import { GET as relationshipGet } from "@/app/api/relationships/[id]/route";
import { PATCH as documentPatch } from "@/app/api/documents/[id]/route";
import type { ClaimView, ClaimsResponse, ClaimWriteResponse } from "@/lib/curation/types";
import { getDb } from "@/lib/db/driver";
import { readRows } from "@/lib/db/session";
import { loadSeed } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { relationshipRow } from "@/lib/seed/write";
import type { SeedBundle } from "@/lib/seed/types";
import { authed, type Credentials } from "@/tests/support/admin-client";
import { addFrozenDocument, idContext, seededCuratorSuite } from "@/tests/support/curator-suite";

// Its own database: this suite adds documents, claims and edges, which other suites count.
let bundle: SeedBundle;

const ARTICLE = readFileSync(
  path.join(__dirname, "../fixtures/curation/second-article.txt"),
  "utf8",
);
const CURATOR = { username: "claims-curator", password: "a-long-enough-password" };
const suite = seededCuratorSuite([CURATOR]);
let curator: Credentials;

beforeAll(async () => {
  curator = suite.curators[0]!;
  bundle = await loadSeed(SEED_DIR);
});

const ctx = idContext;
const count = async (cypher: string, params = {}) =>
  Number((await readRows(getDb(), cypher, params))[0]!.n);
type Answer = ClaimWriteResponse & { error: { code: string; message: string; details: unknown } };

const addDocument = (text: string, title: string, publisher: string) =>
  addFrozenDocument(curator, text, { title, publisher, published: "2020-03" });

async function claims(id: string): Promise<ClaimsResponse> {
  const response = await claimsGet(
    authed(`/api/documents/${id}/claims`, curator, undefined, "GET"),
    ctx(id),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as ClaimsResponse;
}

async function decide(id: string, body: unknown) {
  const response = await claimDecidePost(
    authed(`/api/documents/${id}/claims/decide`, curator, body),
    ctx(id),
  );
  return { status: response.status, body: (await response.json()) as Answer };
}

async function create(id: string, body: unknown) {
  const response = await claimPost(authed(`/api/documents/${id}/claims`, curator, body), ctx(id));
  return { status: response.status, body: (await response.json()) as Answer };
}

async function relationship(id: string) {
  const response = await relationshipGet(new Request(`http://atlas.test/api/relationships/${id}`), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: await response.json() };
}

const ref = (claim: ClaimView) => ({ id: claim.id, version: claim.version });
const pairIs = (claim: ClaimView, a: string, b: string) =>
  [claim.subject.id, claim.object.id].sort().join() === [a, b].sort().join();
const graphState = () =>
  count(
    `MATCH ()-[r:INFLUENCES|HOSTILE_TO|MEMBER_OF]->()
     RETURN count(r) + sum(size(coalesce(r.passageIds, []))) * 1000 AS n`,
  );

describe("the seed as claims", () => {
  it("gives exactly the edges the files describe, each with its passages in order and one accepted claim", async () => {
    const rows = await readRows(
      getDb(),
      `MATCH (s:Actor)-[r:INFLUENCES|HOSTILE_TO]->(t:Actor)
       RETURN s.id AS source, t.id AS target, properties(r) AS props`,
    );
    expect(rows).toHaveLength(bundle.relationships.length);
    const byId = new Map(rows.map((row) => [(row.props as { id: string }).id, row]));
    for (const rel of bundle.relationships) {
      const expected = relationshipRow(rel);
      const row = byId.get(rel.id)!;
      expect({ source: row.source, target: row.target }).toEqual({
        source: expected.source,
        target: expected.target,
      });
      // Neo4j stores no null property: the old writer's nulls were absent too.
      const stored = Object.fromEntries(
        Object.entries(expected.props).filter(([, value]) => value !== null),
      );
      expect(row.props).toEqual({
        ...stored,
        claimIds: [rel.id],
        disputeClaimIds: [],
        disputePassageIds: [],
        sourceCount: 1,
        independentSourceCount: 1,
        contested: false,
        contestedBecause: [],
      });
    }
    const memberships = await readRows(
      getDb(),
      `MATCH (m:Actor)-[r:MEMBER_OF]->(g:Actor)
       RETURN r.id AS id, m.id AS member, g.id AS group, r.role AS role, r.passageIds AS passageIds`,
    );
    expect(memberships.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      bundle.memberships
        .map(({ id, member, group, role, passageIds }) => ({ id, member, group, role, passageIds }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(
      await count(
        "MATCH (c:Claim {origin: 'seed', status: 'accepted'}) WHERE EXISTS { (c)-[:CITES]->(:Passage) } RETURN count(c) AS n",
      ),
    ).toBe(bundle.relationships.length + bundle.memberships.length);
  });
});

let articleId: string;

describe("proposals and decisions", () => {
  it("proposes claims for sentences naming two linked actors, each with its reason and sentence", async () => {
    articleId = await addDocument(ARTICLE, "Baghdad weighs its options", "Test Wire");
    const { claims: list, progress, document } = await claims(articleId);
    expect(list.length).toBeGreaterThan(3);
    expect(progress).toMatchObject({ total: list.length, proposed: list.length, accepted: 0 });
    for (const claim of list) {
      expect(claim).toMatchObject({ status: "proposed", origin: "proposal", deferred: false });
      expect(claim.reason).toEqual(expect.any(String));
      expect(claim.citations).toHaveLength(1);
      const [citation] = claim.citations;
      expect(document.text.slice(citation!.start, citation!.end)).toBe(citation!.text);
      expect(citation!.start).toBeGreaterThanOrEqual(document.bodyStart);
      expect(citation!.end).toBeLessThanOrEqual(document.bodyEnd);
    }
  });

  it("accepting a proposal that corroborates a seed edge unites passages and counts two independent sources", async () => {
    const { claims: list } = await claims(articleId);
    const proposal = list.find((c) => pairIs(c, "iran", "united-states"))!;
    expect(proposal).toBeDefined();
    const seedEdge = bundle.relationships.find(
      (r) => r.source === "united-states" && r.target === "iran" && r.family === "hostility",
    )!;
    const before = (await relationship(seedEdge.id)).body.relationship;
    const subjectIsUs = proposal.subject.id === "united-states";
    const accepted = await decide(articleId, {
      action: "accept",
      claims: [ref(proposal)],
      changes: {
        ...(subjectIsUs ? {} : { subjectId: "united-states", objectId: "iran" }),
        family: "hostility",
        kind: seedEdge.kind,
        weight: 2,
        edgeId: seedEdge.id,
      },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.claims[0]).toMatchObject({ status: "accepted", edgeId: seedEdge.id });
    const edge = accepted.body.edges.find((e) => e.id === seedEdge.id)!;
    expect(edge).toMatchObject({ sourceCount: 2, independentSourceCount: 2, contested: false });
    expect(edge.claimIds).toEqual([seedEdge.id, proposal.id]);
    const after = (await relationship(seedEdge.id)).body.relationship;
    expect(after.citations.slice(0, before.citations.length)).toEqual(before.citations);
    expect(after.citations.at(-1)).toMatchObject({
      documentId: articleId,
      text: proposal.citations[0]!.text,
    });
    expect(after.evidence).toMatchObject({
      claimCount: 2,
      sourceCount: 2,
      independentSourceCount: 2,
      contested: false,
    });
    const audit = await readRows(
      getDb(),
      `MATCH (a:AuditEntry {action: 'claim.accept', user: $user}) RETURN a.before AS before, a.after AS after`,
      { user: CURATOR.username },
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]!.before))[0]).toMatchObject({ status: "proposed" });
    expect(JSON.parse(String(audit[0]!.after)).claims[0]).toMatchObject({ status: "accepted" });
  });

  it("a rejected proposal stays rejected after re-analysis", async () => {
    const { claims: list } = await claims(articleId);
    const proposal = list.find((c) => c.status === "proposed")!;
    const rejected = await decide(articleId, {
      action: "reject",
      claims: [ref(proposal)],
      reason: "not a relationship",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.claims[0]).toMatchObject({
      status: "rejected",
      rejectReason: "not a relationship",
    });
    const again = await reanalysePost(
      authed(`/api/documents/${articleId}/reanalyse`, curator, {}),
      ctx(articleId),
    );
    expect(again.status).toBe(200);
    const reloaded = (await claims(articleId)).claims.filter((c) => c.id === proposal.id);
    expect(reloaded).toEqual([expect.objectContaining({ status: "rejected" })]);
  });

  it("refuses bad claims with the field named, and a stale version with 409, changing nothing", async () => {
    const { claims: list, document } = await claims(articleId);
    const proposal = list.find((c) => c.status === "proposed")!;
    const state = await graphState();
    const claimCount = await count("MATCH (c:Claim) RETURN count(c) AS n");
    const base = {
      subjectId: "iran",
      objectId: "united-states",
      family: "hostility",
      kind: "criticises",
      weight: 2,
      citations: [{ start: document.bodyStart, end: document.bodyStart + 40 }],
    };
    const cases: [unknown, string][] = [
      [
        { ...base, citations: [{ start: document.bodyEnd - 5, end: document.bodyEnd + 10 }] },
        "citations.0",
      ],
      [{ ...base, citations: [] }, "citations"],
      [{ ...base, objectId: "iran" }, "objectId"],
      [{ ...base, kind: "admires" }, "kind"],
      [{ ...base, subjectId: "nobody-at-all" }, "subjectId"],
    ];
    for (const [body, field] of cases) {
      const refused = await create(articleId, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain(field);
    }
    const stale = await decide(articleId, {
      action: "accept",
      claims: [{ id: proposal.id, version: proposal.version + 1 }],
      changes: { family: "hostility", kind: "criticises", weight: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    const incomplete = await decide(articleId, {
      action: "accept",
      claims: [ref(proposal)],
      changes: {},
    });
    if (!proposal.kind) expect(incomplete.status).toBe(400);
    expect(await count("MATCH (c:Claim) RETURN count(c) AS n")).toBe(claimCount);
    if (incomplete.status === 400) expect(await graphState()).toBe(state);
  });
});

describe("evidence across documents", () => {
  let denialId: string;
  let thirdId: string;
  const seedEdge = () =>
    bundle.relationships.find(
      (r) => r.source === "united-states" && r.target === "iran" && r.family === "hostility",
    )!;

  it("a denial in a third document contests the edge; retracting it clears Contested", async () => {
    const text =
      "A third view\n\nOfficials in Washington denied that the United States had any quarrel with Iran this spring, saying talks would go on.";
    thirdId = await addDocument(text, "A third view", "Other Wire");
    const { document } = await claims(thirdId);
    const start = document.text.indexOf("Officials");
    const made = await create(thirdId, {
      subjectId: "united-states",
      objectId: "iran",
      family: "hostility",
      kind: seedEdge().kind,
      polarity: "denies",
      weight: 1,
      citations: [{ start, end: document.text.length }],
      edgeId: seedEdge().id,
    });
    expect(made.status).toBe(201);
    denialId = made.body.claims[0]!.id;
    expect(made.body.edges.find((e) => e.id === seedEdge().id)).toMatchObject({
      contested: true,
      disputeClaimIds: [denialId],
      contestedBecause: ["denied in “A third view”"],
    });
    const retracted = await decide(thirdId, {
      action: "retract",
      claims: [ref(made.body.claims[0]!)],
    });
    expect(retracted.status).toBe(200);
    expect(retracted.body.edges.find((e) => e.id === seedEdge().id)).toMatchObject({
      contested: false,
      disputeClaimIds: [],
    });
  });

  it("one publisher is one source until the curator says a document counts separately", async () => {
    const text =
      "Same wire, second story\n\nThe United States and Iran traded threats again this week, officials said.";
    const sameWireId = await addDocument(text, "Same wire, second story", "Test Wire");
    const { document } = await claims(sameWireId);
    const start = document.text.indexOf("The United States");
    const made = await create(sameWireId, {
      subjectId: "united-states",
      objectId: "iran",
      family: "hostility",
      kind: seedEdge().kind,
      weight: 1,
      citations: [{ start, end: document.text.length }],
      edgeId: seedEdge().id,
    });
    expect(made.status).toBe(201);
    // The seed's article, "Baghdad weighs its options" and this one: two of Test Wire.
    expect(made.body.edges.find((e) => e.id === seedEdge().id)).toMatchObject({
      sourceCount: 3,
      independentSourceCount: 2,
    });
    const patch = (countsSeparately: unknown, version: number) =>
      documentPatch(
        authed(`/api/documents/${sameWireId}`, curator, { version, countsSeparately }, "PATCH"),
        ctx(sameWireId),
      );
    const refused = await patch("yes", document.version);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("countsSeparately");
    const separate = await patch(true, document.version);
    expect(separate.status).toBe(200);
    const answer = (await separate.json()) as {
      document: { countsSeparately: boolean; version: number };
    };
    expect(answer.document.countsSeparately).toBe(true);
    expect((await relationship(seedEdge().id)).body.relationship.evidence).toMatchObject({
      sourceCount: 3,
      independentSourceCount: 3,
    });
    const [entry] = await readRows(
      getDb(),
      `MATCH (r:AuditRef {ref: $ref}) MATCH (a:AuditEntry {id: r.entryId})
       RETURN a.action AS action ORDER BY a.at DESC LIMIT 1`,
      { ref: `edge:${seedEdge().id}` },
    );
    expect(entry!.action).toBe("document.update");
    expect((await patch(false, answer.document.version)).status).toBe(200);
    expect((await relationship(seedEdge().id)).body.relationship.evidence).toMatchObject({
      independentSourceCount: 2,
    });
    const again = await decide(sameWireId, {
      action: "retract",
      claims: [ref(made.body.claims[0]!)],
    });
    expect(again.status).toBe(200);
  });

  it("a claim by hand makes a new edge, and retracting its only claim removes the edge", async () => {
    const { document } = await claims(thirdId);
    const start = document.text.indexOf("Officials");
    const made = await create(thirdId, {
      subjectId: "united-states",
      objectId: "iran",
      family: "influence",
      kind: "negotiates-with",
      weight: 1,
      citations: [{ start, end: document.text.length }],
    });
    expect(made.status).toBe(201);
    const edgeId = made.body.claims[0]!.edgeId!;
    expect(edgeId).toBe("united-states-negotiates-with-iran");
    expect((await relationship(edgeId)).status).toBe(200);
    const retracted = await decide(thirdId, {
      action: "retract",
      claims: [ref(made.body.claims[0]!)],
    });
    expect(retracted.body.removedEdgeIds).toEqual([edgeId]);
    expect((await relationship(edgeId)).status).toBe(404);
  });
});

describe("finishing a document", () => {
  it("marks it reviewed with its counts, audited; a stale version is refused", async () => {
    const { document, progress } = await claims(articleId);
    const stale = await finishPost(
      authed(`/api/documents/${articleId}/finish`, curator, { version: document.version + 1 }),
      ctx(articleId),
    );
    expect(stale.status).toBe(409);
    const finished = await finishPost(
      authed(`/api/documents/${articleId}/finish`, curator, { version: document.version }),
      ctx(articleId),
    );
    expect(finished.status).toBe(200);
    const body = (await finished.json()) as { document: ClaimsResponse["document"] };
    expect(body.document).toMatchObject({
      status: "reviewed",
      reviewed: { by: CURATOR.username },
      counts: {
        claimsAccepted: progress.accepted,
        claimsRejected: progress.rejected,
        claimsDeferred: progress.deferred,
        claimsProposed: progress.proposed,
      },
    });
    expect(
      await count(
        "MATCH (a:AuditEntry {action: 'document.finish', target: $id}) RETURN count(a) AS n",
        {
          id: articleId,
        },
      ),
    ).toBe(1);
  });
});
