import { GET as getLayout } from "@/app/api/graph/layout/route";
import { GET as getSummary } from "@/app/api/graph/summary/route";
import { GET as getCommunity } from "@/app/api/graph/summary/communities/[id]/route";
import { readRows } from "@/lib/db/session";
import {
  CommunityGraphSchema,
  GraphSummarySchema,
  PositionedGraphSchema,
  type GraphSummary,
} from "@/lib/summary/types";
import { callGet, closeAppDriver, errorResult, READ_HEADERS } from "@/tests/support/api-request";
import { openTestDb } from "@/tests/support/test-db";

afterAll(closeAppDriver);

async function seededCounts() {
  const db = openTestDb();
  try {
    const [row] = await readRows(
      db,
      `RETURN COUNT { (:Actor) } AS actors,
              COUNT { ()-[:INFLUENCES|HOSTILE_TO]->() } AS relationships,
              COUNT { ()-[:MEMBER_OF]->() } AS memberships`,
    );
    return row as { actors: number; relationships: number; memberships: number };
  } finally {
    await db.driver.close();
  }
}

describe("GET /api/graph/summary", () => {
  it("gives the graph's counts and does not summarise a graph within the budget", async () => {
    const result = await callGet<GraphSummary>(getSummary, "/api/graph/summary");
    expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
    const summary = GraphSummarySchema.parse(result.body);
    expect(summary.totals).toEqual(await seededCounts());
    expect(summary).toMatchObject({ oversize: false, budget: 10_000, communities: [] });
  });

  it("summarises when the graph holds more elements than `budget`", async () => {
    const totals = await seededCounts();
    const result = await callGet<GraphSummary>(getSummary, "/api/graph/summary?budget=50");
    const summary = GraphSummarySchema.parse(result.body);
    expect(summary.oversize).toBe(true);
    // Every actor is in exactly one community, 0 included.
    expect(summary.communities.reduce((sum, c) => sum + c.size, 0)).toBe(totals.actors);
    expect(summary.communities.map((c) => c.id)).toEqual(
      [...summary.communities.map((c) => c.id)].sort((a, b) =>
        a === 0 ? 1 : b === 0 ? -1 : a - b,
      ),
    );
    expect(summary.topActors.length).toBeGreaterThan(0);
    const scores = summary.topActors.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const tie of summary.ties) expect(tie.source).toBeLessThan(tie.target);
  });

  it.each([
    ["budget=0", "budget"],
    ["budget=many", "budget"],
    ["budget=10001", "budget"],
    ["depth=2", "depth"],
  ])("rejects %s with a 400 naming %s", async (query, field) => {
    const result = await callGet(getSummary, `/api/graph/summary?${query}`);
    expect(result).toMatchObject(errorResult(400, "bad_request", expect.stringContaining(field)));
  });
});

describe("GET /api/graph/summary/communities/{id}", () => {
  it("opens a community: its best-connected members and the ties among them", async () => {
    const summary = GraphSummarySchema.parse(
      (await callGet(getSummary, "/api/graph/summary?budget=50")).body,
    );
    const community = summary.communities.find((c) => c.id === 1)!;
    const result = await callGet(getCommunity, "/api/graph/summary/communities/1?limit=3", {
      id: "1",
    });
    expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
    const graph = CommunityGraphSchema.parse(result.body);
    expect(graph.community).toEqual(community);
    expect(graph.nodes).toHaveLength(Math.min(3, community.size));
    expect(graph.counts.nodesOverLimit).toBe(community.size - graph.nodes.length);
    // What the view was cut from: the whole community, its ties counted as the summary counts them.
    expect(graph.counts).toMatchObject({
      matchedActors: community.size,
      matchedEdges: community.internalTies,
    });
    expect(graph.nodes[0]!.data.id).toBe(community.leaders[0]!.id);
    const ids = new Set(graph.nodes.map((n) => n.data.id));
    for (const { data } of graph.edges) {
      expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
    }
    // A small view: the browser lays it out.
    expect(graph.positions).toBeNull();
  });

  it.each([
    ["x", "", 400, "id"],
    ["31", "", 400, "id"],
    ["1", "?limit=0", 400, "limit"],
    ["1", "?limit=2001", 400, "limit"],
    ["1", "?focus=iran", 400, "focus"],
  ])("rejects id %s%s with a %i naming %s", async (id, query, status, field) => {
    const result = await callGet(getCommunity, `/api/graph/summary/communities/${id}${query}`, {
      id,
    });
    expect(result).toMatchObject(
      errorResult(status, "bad_request", expect.stringContaining(field)),
    );
  });

  it("answers 404 for a community the summary does not have", async () => {
    const result = await callGet(getCommunity, "/api/graph/summary/communities/30", { id: "30" });
    expect(result).toMatchObject(errorResult(404, "not_found", "The summary has no community 30."));
  });
});

describe("GET /api/graph/layout", () => {
  it("answers like /api/graph, with no positions for a view the browser lays out itself", async () => {
    const result = await callGet(getLayout, "/api/graph/layout?focus=iran&depth=1");
    expect(result).toMatchObject({ status: 200, ...READ_HEADERS });
    const graph = PositionedGraphSchema.parse(result.body);
    expect(graph.nodes.some((n) => n.data.id === "iran")).toBe(true);
    expect(graph.positions).toBeNull();
  });

  it("keeps /api/graph's errors: 400 for a bad parameter, 404 for an unknown focus", async () => {
    expect(await callGet(getLayout, "/api/graph/layout?depth=7")).toMatchObject(
      errorResult(400, "bad_request", expect.stringContaining("depth")),
    );
    expect(await callGet(getLayout, "/api/graph/layout?focus=nobody-at-all")).toMatchObject(
      errorResult(404, "not_found", expect.stringContaining("nobody-at-all")),
    );
  });
});
