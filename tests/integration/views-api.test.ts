import fc from "fast-check";
import { GET as getView } from "@/app/api/views/[id]/route";
import { GET as listViews, POST as postView } from "@/app/api/views/route";
import { GET as getGraph } from "@/app/api/graph/route";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import { graphChecksum } from "@/lib/backup/graph-dump";
import { getDb } from "@/lib/db/driver";
import { readRows, writeRows } from "@/lib/db/session";
import { DEFAULT_VIEW, parseViewState, serializeViewState } from "@/lib/explorer/view-state";
import { seedGraph } from "@/lib/seed/run-seed";
import { countGraph } from "@/lib/seed/write";
import {
  SAVED_VIEW_BODY_MAX,
  SAVED_VIEW_NAME_MAX,
  SAVED_VIEW_STATE_MAX,
} from "@/lib/views/saved-view-input";
import type { SavedView } from "@/lib/views/saved-views";
import { ALLOWED_ERROR_STATUSES, hostileString } from "@/tests/support/hostile-input";
import {
  envFor,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
  type ThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

// Saving views writes to the database, so the app's driver points at a Neo4j of this suite's own
// (the shared one must stay exactly as seeded for the other suites).
let instance: ThrowawayNeo4j;

beforeAll(async () => {
  instance = await startThrowawayNeo4j();
  Object.assign(process.env, envFor(instance));
  await seedGraph(getDb(), { reset: true });
}, 180_000);

afterAll(async () => {
  await getDb().driver.close();
  await stopThrowawayNeo4j(instance.home);
});

interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

async function answer<T>(response: Response): Promise<Answer<T>> {
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return postView(
    new Request("http://localhost/api/views", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function save(name: string, state: string): Promise<SavedView> {
  const result = await answer<{ view: SavedView }>(await post({ name, state }));
  expect(result.status).toBe(201);
  expect(result.headers.get("location")).toBe(`/api/views/${result.body.view.id}`);
  return result.body.view;
}

const fetchView = async (id: string) =>
  answer<{ view: SavedView }>(
    await getView(new Request(`http://localhost/api/views/${id}`), {
      params: Promise.resolve({ id }),
    }),
  );

const list = async (query = "") =>
  answer<{ views: SavedView[]; hasMore: boolean }>(
    await listViews(new Request(`http://localhost/api/views?${query}`)),
  );

// A view with everything a link can carry: focus, filters, layout, selection, expansions,
// dragged positions, list mode and a passage open in the reader.
const FULL_STATE =
  "focus=iran&depth=2&families=influence,hostility&kinds=state,armed-group,person&minWeight=2" +
  "&from=2020-01&to=2020-02&undated=0&layout=concentric&sel=e:iran-backs-pmu&expand=pmu,kataib-hezbollah*" +
  "&pos=iran_10_-20.pmu_300_45&view=list&read=f662abb57264ea17|f662abb57264ea17:287-393";

describe("saved views", () => {
  it("reload identically: the state that comes back is the view that was saved", async () => {
    const saved = await save("  Iran's reach, two steps  ", FULL_STATE);
    expect(saved.name).toBe("Iran's reach, two steps");
    expect(saved.id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Date(saved.createdAt).toISOString()).toBe(saved.createdAt);
    const state = parseViewState(new URLSearchParams(FULL_STATE));
    expect(parseViewState(new URLSearchParams(saved.state))).toEqual(state);
    expect(saved.state).toBe(serializeViewState(state).toString());
    expect(state).not.toEqual(DEFAULT_VIEW);

    const reloaded = await fetchView(saved.id);
    expect(reloaded.status).toBe(200);
    expect(reloaded.body.view).toEqual(saved);
    expect(reloaded.headers.get("cache-control")).toBe("no-store");
  });

  it("accept the state with its question mark, and the default view as an empty state", async () => {
    const withMark = await save("Soleimani", "?focus=qassem-soleimani");
    expect(withMark.state).toBe("focus=qassem-soleimani");
    const whole = await save("Everything", "");
    expect(whole.state).toBe("");
  });

  it("are listed newest first, in pages", async () => {
    const made: SavedView[] = [];
    for (const name of ["first", "second", "third"]) made.push(await save(name, "view=list"));
    const { status, body } = await list("limit=2");
    expect(status).toBe(200);
    expect(body.views.map((v) => v.id)).toEqual([made[2]!.id, made[1]!.id]);
    expect(body.hasMore).toBe(true);
    const all = await list("limit=200");
    const times = all.body.views.map((v) => v.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const next = await list("limit=2&offset=2");
    expect(next.body.views[0]!.id).toBe(made[0]!.id);
  });

  it("stay out of the influence graph: counts, /api/graph and the analyses ignore them", async () => {
    const db = getDb();
    const [stored] = await readRows(db, "MATCH (v:SavedView) RETURN count(v) AS n");
    expect(Number(stored!.n)).toBeGreaterThan(0);
    const graph = (await (await getGraph(new Request("http://localhost/api/graph"))).json()) as {
      nodes: unknown[];
    };
    const [actors] = await readRows(db, "MATCH (a:Actor) RETURN count(a) AS n");
    expect(graph.nodes).toHaveLength(Number(actors!.n));
    expect((await loadSignedGraph(db)).actors).toHaveLength(Number(actors!.n));
  });

  it("survive reloading the seed with --reset", async () => {
    const kept = await save("kept", "focus=iran");
    await seedGraph(getDb(), { reset: true });
    expect((await fetchView(kept.id)).body.view).toEqual(kept);
  });

  it("cannot be saved twice under one id (a constraint holds the ids)", async () => {
    const kept = await save("unique", "focus=iran");
    await expect(
      writeRows(getDb(), "CREATE (:SavedView {id: $id, name: 'x', state: '', createdAt: ''})", {
        id: kept.id,
      }),
    ).rejects.toThrow(/already exists/);
  });
});

describe("saved views: bad requests", () => {
  it.each([
    ["no name", { state: "focus=iran" }, "name"],
    ["an empty name", { name: "", state: "focus=iran" }, "name"],
    ["a blank name", { name: "   ", state: "focus=iran" }, "name"],
    ["a name too long", { name: "x".repeat(SAVED_VIEW_NAME_MAX + 1), state: "" }, "name"],
    ["a control character", { name: "bell\u0007", state: "" }, "name"],
    ["a number for a name", { name: 42, state: "" }, "name"],
    ["no state", { name: "ok" }, "state"],
    ["a number for a state", { name: "ok", state: 7 }, "state"],
    ["a depth the explorer lacks", { name: "ok", state: "focus=iran&depth=9" }, "state"],
    ["an unknown view parameter", { name: "ok", state: "focus=iran&bogus=1" }, "state"],
    [
      "a state over 8 KB",
      { name: "ok", state: `view=list&expand=${"a".repeat(SAVED_VIEW_STATE_MAX)}` },
      "state",
    ],
    ["an unknown field", { name: "ok", state: "", extra: true }, "extra"],
  ])("%s is a 400 naming %s", async (_label, body, field) => {
    const result = await answer<{ error: { details: Array<{ field: string }> } }>(await post(body));
    expect(result.status).toBe(400);
    expect(result.body.error.details.map((d) => d.field)).toContain(field);
  });

  it.each(["not json", "[1, 2", ""])("a body that is not JSON (%j) is a 400", async (body) => {
    expect((await post(body)).status).toBe(400);
  });

  it("a body over the cap is a 413, whatever it claims its length is", async () => {
    const big = JSON.stringify({ name: "big", state: "x".repeat(SAVED_VIEW_BODY_MAX) });
    const result = await answer<{ error: { code: string } }>(await post(big));
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe("payload_too_large");
    const lying = await post(big, { "content-length": "10" });
    expect(lying.status).toBe(413);
  });

  it("a cross-site POST is refused", async () => {
    const response = await post({ name: "x", state: "" }, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it.each([
    ["0123456789abcdef", 404],
    ["not-an-id", 400],
    ["0123456789ABCDEF", 400],
  ])("GET /api/views/%s is a %i", async (id, status) => {
    expect((await fetchView(id)).status).toBe(status);
  });

  it.each(["limit=0", "limit=201", "offset=-1", "sort=name"])("GET ?%s is a 400", async (q) => {
    expect((await list(q)).status).toBe(400);
  });
});

describe("saved views: hostile input", () => {
  const body = fc.oneof(
    fc.record({ name: hostileString, state: hostileString }),
    fc.record({ name: fc.jsonValue(), state: fc.jsonValue() }, { requiredKeys: [] }),
    fc.jsonValue(),
    hostileString,
  );

  it("POST never answers 500, and writes one view per 201 and nothing else", async () => {
    const db = getDb();
    const before = {
      counts: await countGraph(db),
      checksum: await graphChecksum(db),
      views: (await readRows(db, "MATCH (v:SavedView) RETURN v.id AS id")).map((r) => r.id),
    };
    const created: string[] = [];
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const response = await post(typeof input === "string" ? input : JSON.stringify(input));
        expect([201, ...ALLOWED_ERROR_STATUSES]).toContain(response.status);
        const json = (await response.json()) as { view?: SavedView; error?: { message: string } };
        if (response.status === 201) created.push(json.view!.id);
        else expect(typeof json.error?.message).toBe("string");
      }),
      { numRuns: 200 },
    );
    expect(await countGraph(db)).toEqual(before.counts);
    const after = (await readRows(db, "MATCH (v:SavedView) RETURN v.id AS id")).map((r) => r.id);
    expect(new Set(after)).toEqual(new Set([...before.views, ...created]));
    // With what the fuzz saved taken away, the database is exactly as it was.
    await writeRows(db, "MATCH (v:SavedView) WHERE v.id IN $ids DELETE v", { ids: created });
    expect(await graphChecksum(db)).toBe(before.checksum);
  });

  it("GET /api/views/{id} answers every hostile id with 400 or 404", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (id) => {
        expect([400, 404]).toContain((await fetchView(id)).status);
      }),
      { numRuns: 150 },
    );
  });

  it("GET /api/views answers every hostile query with 200 or 400", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("limit", "offset", "x"), hostileString), {
          maxLength: 4,
        }),
        async (pairs) => {
          const result = await list(new URLSearchParams(pairs).toString());
          expect([200, 400]).toContain(result.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});
