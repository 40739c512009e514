import { GET as actorGet } from "@/app/api/actors/[id]/route";
import { POST as mergePost } from "@/app/api/actors/merge/route";
import { GET as mergesGet } from "@/app/api/actors/merges/route";
import { POST as unmergePost } from "@/app/api/actors/merges/[id]/unmerge/route";
import { GET as graphGet } from "@/app/api/graph/route";
import { GET as historyGet } from "@/app/api/history/route";
import { POST as revertPost } from "@/app/api/history/[id]/revert/route";
import type { ChangeEntry } from "@/lib/audit/audit-history";
import type { RevertResponse } from "@/lib/curation/types";
import type { MergeReport, MergeResponse, UnmergeResponse } from "@/lib/curation/merge-types";
import { getDb } from "@/lib/db/driver";
import { readRows } from "@/lib/db/session";
import { authed, ORIGIN, type Credentials } from "@/tests/support/admin-client";
import { seededCuratorSuite } from "@/tests/support/curator-suite";

// Its own database: merges delete and restore seeded actors, which other suites count.

const CURATOR = { username: "merge-curator", password: "a-long-enough-password" };
const suite = seededCuratorSuite([CURATOR]);
let curator: Credentials;

beforeAll(() => {
  curator = suite.curators[0]!;
});
// Both are cooperated with by the Iraqi military in the seed: their edges of that kind combine.
const SURVIVOR = "us-forces-in-iraq";
const MERGED = "us-led-coalition";

type Failure = { error: { code: string; message: string; details: { field?: string } } };

async function merge(body: unknown) {
  const response = await mergePost(authed("/api/actors/merge", curator, body));
  return { status: response.status, body: (await response.json()) as unknown };
}

async function unmerge(id: string) {
  const response = await unmergePost(authed(`/api/actors/merges/${id}/unmerge`, curator, {}), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Every edge, node and curation link a merge may touch, in a stable order. */
async function graphState() {
  const edges = await readRows(
    getDb(),
    `MATCH (s:Actor)-[r:INFLUENCES|HOSTILE_TO|MEMBER_OF]->(t:Actor)
     RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props
     ORDER BY props.id`,
  );
  const links = await readRows(
    getDb(),
    `MATCH (m:Mention)-[:REFERS_TO]->(a:Actor) RETURN m.id AS mention, a.id AS actor ORDER BY mention`,
  );
  const claims = await readRows(
    getDb(),
    `MATCH (s:Actor)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Actor)
     RETURN c.id AS id, c.subjectId AS subjectId, c.objectId AS objectId, s.id AS subject,
            o.id AS object, c.edgeId AS edgeId, c.status AS status ORDER BY id`,
  );
  const actors = await readRows(
    getDb(),
    `MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels, properties(a) AS props,
       COLLECT { MATCH (x:Alias)-[:ALIAS_OF]->(a) RETURN x.id ORDER BY x.id } AS aliases,
       COLLECT { MATCH (a)-[k:KNOWN_AS_IN]->(d) RETURN [d.id, k.aliases] ORDER BY d.id } AS local,
       COLLECT { MATCH (p:Passage)-[:MENTIONS]->(a) RETURN p.id ORDER BY p.id } AS passages
     ORDER BY id`,
  );
  return { edges, links, claims, actors };
}

const count = async (cypher: string, params = {}) =>
  Number((await readRows(getDb(), cypher, params))[0]!.n);

describe("merge and unmerge actors", () => {
  let before: Awaited<ReturnType<typeof graphState>>;
  let mergeId: string;

  beforeAll(async () => {
    before = await graphState();
  });

  it("a dry run lists what would move and changes nothing", async () => {
    const { status, body } = await merge({ survivorId: SURVIVOR, mergedId: MERGED, dryRun: true });
    expect(status).toBe(200);
    const report = body as MergeReport;
    expect(report.survivor.id).toBe(SURVIVOR);
    expect(report.merged.id).toBe(MERGED);
    expect(report.mentions.length).toBeGreaterThan(0);
    expect(report.claims.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "iraqi-military-cooperates-with-coalition",
        "coalition-trains-iraqi-military",
      ]),
    );
    // The US forces are a member of the coalition: one actor cannot be its own member.
    expect(report.conflicts.map((c) => c.id)).toEqual(["us-forces-in-coalition"]);
    expect(report.edges.find((e) => e.id === "us-forces-in-coalition")).toMatchObject({
      dropped: true,
    });
    const joined = report.edges.find((e) => e.id === "iraqi-military-cooperates-with-coalition");
    expect(joined).toMatchObject({
      newSource: "iraqi-military",
      newTarget: SURVIVOR,
      into: "iraqi-military-cooperates-with-us-forces",
      dropped: false,
      byHand: false,
    });
    expect(report.edges.find((e) => e.id === "coalition-fights-islamic-state")).toMatchObject({
      newSource: SURVIVOR,
      into: null,
    });
    expect(await graphState()).toEqual(before);
  });

  it("merges: the old id redirects, edges combine, mentions and claims point to the survivor", async () => {
    const mentionIds = (
      await readRows(
        getDb(),
        `MATCH (m:Mention)-[:REFERS_TO]->(:Actor {id: $id}) RETURN m.id AS id`,
        {
          id: MERGED,
        },
      )
    ).map((row) => row.id);
    const { status, body } = await merge({ survivorId: SURVIVOR, mergedId: MERGED });
    expect(status).toBe(200);
    const answer = body as MergeResponse;
    mergeId = answer.merge.id;
    expect(answer.merge).toMatchObject({ survivorId: SURVIVOR, mergedId: MERGED, undoneAt: null });
    expect(await count("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", { id: MERGED })).toBe(0);
    expect(
      await count(
        "MATCH (m:Mention)-[:REFERS_TO]->(:Actor {id: $id}) WHERE m.id IN $ids RETURN count(m) AS n",
        { id: SURVIVOR, ids: mentionIds },
      ),
    ).toBe(mentionIds.length);
    expect(
      await count(
        "MATCH (c:Claim) WHERE c.subjectId = $id OR c.objectId = $id RETURN count(c) AS n",
        { id: MERGED },
      ),
    ).toBe(0);
    const [combined] = await readRows(
      getDb(),
      `MATCH (:Actor {id: 'iraqi-military'})-[r:INFLUENCES {kind: 'cooperates-with'}]->(:Actor {id: $id})
       RETURN properties(r) AS props`,
      { id: SURVIVOR },
    );
    const props = combined!.props as Record<string, unknown>;
    expect(props.id).toBe("iraqi-military-cooperates-with-us-forces");
    expect([...(props.claimIds as string[])].sort()).toEqual([
      "iraqi-military-cooperates-with-coalition",
      "iraqi-military-cooperates-with-us-forces",
    ]);
    expect(props.sourceCount).toBe(1);
    expect(
      await count(
        "MATCH (:Actor {id: $id})-[r:INFLUENCES|HOSTILE_TO {id: 'coalition-fights-islamic-state'}]->(:Actor {id: 'islamic-state'}) RETURN count(r) AS n",
        { id: SURVIVOR },
      ),
    ).toBe(1);

    const [selfClaim] = await readRows(
      getDb(),
      "MATCH (c:Claim {id: 'us-forces-in-coalition'}) RETURN c.status AS status, c.subjectId AS s, c.objectId AS o",
    );
    expect(selfClaim).toEqual({ status: "retracted", s: SURVIVOR, o: SURVIVOR });
    expect(
      await count("MATCH ()-[r:MEMBER_OF {id: 'us-forces-in-coalition'}]->() RETURN count(r) AS n"),
    ).toBe(0);

    const old = await actorGet(new Request(`${ORIGIN}/api/actors/${MERGED}`), {
      params: Promise.resolve({ id: MERGED }),
    });
    expect(old.status).toBe(308);
    expect(old.headers.get("location")).toBe(`${ORIGIN}/api/actors/${SURVIVOR}`);
    expect(old.headers.get("cache-control")).toBe("no-store");
    const graph = await graphGet(new Request(`${ORIGIN}/api/graph?focus=${MERGED}&depth=1`));
    expect(graph.status).toBe(308);
    expect(new URL(graph.headers.get("location")!).searchParams.get("focus")).toBe(SURVIVOR);

    const list = await mergesGet(authed("/api/actors/merges", curator, undefined, "GET"));
    expect(((await list.json()) as { merges: { id: string }[] }).merges[0]!.id).toBe(mergeId);
    expect(
      await count(
        "MATCH (a:AuditEntry {action: 'actor.merge', target: $id}) RETURN count(a) AS n",
        {
          id: SURVIVOR,
        },
      ),
    ).toBe(1);
  });

  it("refuses a second merge of the merged id, and bad input, naming the field and changing nothing", async () => {
    const state = await graphState();
    const cases: [unknown, number, string][] = [
      [{ survivorId: "iraq", mergedId: MERGED }, 409, "mergedId"],
      [{ survivorId: MERGED, mergedId: "iraq" }, 409, "survivorId"],
      [{ survivorId: "iraq", mergedId: "iraq" }, 400, "mergedId"],
      [{ survivorId: "iraq", mergedId: "no-such-actor" }, 400, "mergedId"],
      [{ survivorId: "no-such-actor", mergedId: "iraq" }, 400, "survivorId"],
      [{ survivorId: "iraq" }, 400, "mergedId"],
    ];
    for (const [body, status, field] of cases) {
      const answer = await merge(body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      const error = (answer.body as Failure).error;
      expect(error.message).toContain(field);
    }
    expect(await graphState()).toEqual(state);
    expect((await unmerge("merge-unknown")).status).toBe(404);
  });

  it("unmerges: the graph's edges, mentions, claims and aliases exactly as before", async () => {
    const { status, body } = await unmerge(mergeId);
    expect(status).toBe(200);
    const answer = body as UnmergeResponse;
    expect(answer.notRestored).toEqual([]);
    expect(answer.merge.undoneBy).toBe(CURATOR.username);
    const after = await graphState();
    expect(after.edges).toEqual(before.edges);
    expect(after.links).toEqual(before.links);
    expect(after.claims).toEqual(before.claims);
    expect(after.actors).toEqual(before.actors);
    const back = await actorGet(new Request(`${ORIGIN}/api/actors/${MERGED}`), {
      params: Promise.resolve({ id: MERGED }),
    });
    expect(back.status).toBe(200);
    expect((await unmerge(mergeId)).status).toBe(409);
  });

  async function revert(entryId: string) {
    const response = await revertPost(authed(`/api/history/${entryId}/revert`, curator, {}), {
      params: Promise.resolve({ id: entryId }),
    });
    return { status: response.status, body: (await response.json()) as RevertResponse };
  }
  const newestAbout = async (actorId: string) => {
    const response = await historyGet(
      authed(`/api/history?actor=${actorId}&limit=1`, curator, undefined, "GET"),
    );
    return ((await response.json()) as { entries: ChangeEntry[] }).entries[0]!;
  };

  it("reverting the unmerge merges again; reverting that merge unmerges, exactly as before", async () => {
    const unmergeEntry = await newestAbout(MERGED);
    expect(unmergeEntry).toMatchObject({ action: "actor.unmerge", params: { mergeId } });
    const remerged = await revert(unmergeEntry.id);
    expect(remerged.status).toBe(200);
    if (remerged.body.kind !== "unmerge") throw new Error(`kind ${remerged.body.kind}`);
    expect(remerged.body.merge.merge).toMatchObject({ survivorId: SURVIVOR, mergedId: MERGED });
    expect(await count("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", { id: MERGED })).toBe(0);
    const mergeEntry = await newestAbout(SURVIVOR);
    expect(mergeEntry).toMatchObject({
      id: remerged.body.entryId,
      action: "actor.merge",
      params: { revertOf: unmergeEntry.id },
    });
    expect((await newestAbout(MERGED)).id).toBe(mergeEntry.id);

    const undone = await revert(mergeEntry.id);
    expect(undone.status).toBe(200);
    if (undone.body.kind !== "merge") throw new Error(`kind ${undone.body.kind}`);
    expect(undone.body.unmerge.notRestored).toEqual([]);
    const after = await graphState();
    expect(after.edges).toEqual(before.edges);
    expect(after.claims).toEqual(before.claims);
    expect(after.actors).toEqual(before.actors);
    // Each reverted entry says by which entry.
    const history = await historyGet(
      authed(`/api/history?actor=${MERGED}&limit=5`, curator, undefined, "GET"),
    );
    const entries = ((await history.json()) as { entries: ChangeEntry[] }).entries;
    expect(entries.find((e) => e.id === mergeEntry.id)!.revertedBy).toMatchObject({
      entryId: undone.body.entryId,
      action: "actor.unmerge",
    });
    expect(entries.find((e) => e.id === unmergeEntry.id)!.revertedBy).toMatchObject({
      entryId: mergeEntry.id,
    });
    // A second revert of the same merge is refused: it is undone already.
    expect((await revert(mergeEntry.id)).status).toBe(409);
  });
});
