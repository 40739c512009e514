import fc from "fast-check";
import { DELETE as deleteView, GET as getView } from "@/app/api/views/[id]/route";
import { GET as listViews, POST as postView } from "@/app/api/views/route";
import { GET as getGraph } from "@/app/api/graph/route";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import { adminCreateUser } from "@/lib/auth/user-admin";
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
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
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
let analyst: Credentials;
let admin: Credentials;

beforeAll(async () => {
  instance = await startThrowawayNeo4j();
  Object.assign(process.env, envFor(instance));
  configureAdminConsole();
  await seedGraph(getDb(), { reset: true });
  analyst = await logIn(ANALYST);
  admin = await logIn(ADMIN);
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

// Each anonymous request comes from an address of its own unless a test says otherwise, so the
// per-address limit is met only where a test means to meet it. Without ATLAS_TRUST_PROXY the last
// X-Forwarded-For entry is the address (the one Next itself sets from the socket).
let addresses = 0;
const freshAddress = () => `198.51.${Math.floor(addresses / 250) % 250}.${addresses++ % 250}`;

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return postView(
    new Request("http://localhost/api/views", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": freshAddress(),
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** A signed-in save: the session cookie and its CSRF token, as the explorer sends them. */
const postAs = (who: Credentials, body: unknown) =>
  postView(authed("/api/views", who, body, "POST"));

async function expectSaved(response: Response): Promise<SavedView> {
  const result = await answer<{ view: SavedView }>(response);
  expect(result.status).toBe(201);
  expect(result.headers.get("location")).toBe(`/api/views/${result.body.view.id}`);
  return result.body.view;
}

const save = async (name: string, state: string) => expectSaved(await post({ name, state }));
const saveAs = async (who: Credentials, name: string, state = "view=list") =>
  expectSaved(await postAs(who, { name, state }));

const fetchView = async (id: string, who?: Credentials) =>
  answer<{ view: SavedView }>(
    await getView(
      who
        ? authed(`/api/views/${id}`, who, undefined, "GET")
        : new Request(`http://localhost/api/views/${id}`),
      { params: Promise.resolve({ id }) },
    ),
  );

/** GET /api/views, signed in as `who` (the analyst unless said otherwise), or signed out with null. */
const list = async (query = "", who: Credentials | null = analyst) =>
  answer<{ views: SavedView[]; hasMore: boolean }>(
    await listViews(
      who
        ? authed(`/api/views?${query}`, who, undefined, "GET")
        : new Request(`http://localhost/api/views?${query}`),
    ),
  );

/** Runs `work` with these environment settings, then puts the old values back. */
async function withEnv<T>(settings: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function poolSize(pool: string): Promise<number> {
  const [row] = await readRows(getDb(), "MATCH (v:SavedView {pool: $pool}) RETURN count(v) AS n", {
    pool,
  });
  return Number(row!.n);
}

let users = 0;
async function newAccount(): Promise<{ credentials: Credentials; username: string }> {
  const account = { username: `viewer-${users++}`, password: "a-password-of-length" };
  await adminCreateUser(
    getDb(),
    { user: "views-test", role: "admin", sessionId: null, ip: null },
    { ...account, role: "analyst" },
  );
  return { credentials: await logIn(account), username: account.username };
}

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

  // Was: anyone's views, listed publicly. Now GET /api/views lists the signed-in user's own.
  it("are listed newest first, in pages, to the user who saved them", async () => {
    const made: SavedView[] = [];
    for (const name of ["first", "second", "third"]) made.push(await saveAs(analyst, name));
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

describe("saved views: owners, listing and deleting", () => {
  it("signed out, GET /api/views is a 401 in JSON: nobody lists anyone's views", async () => {
    const result = await list("", null);
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("a signed-in user's list holds their own views only, never others' or anonymous ones", async () => {
    const mine = await saveAs(admin, "admin's own");
    const theirs = await saveAs(analyst, "analyst's own");
    const anonymous = await save("nobody's", "");
    expect(mine.mine).toBe(true);
    expect(anonymous.mine).toBeUndefined();
    const adminList = (await list("limit=200", admin)).body.views;
    expect(adminList.map((v) => v.id)).toContain(mine.id);
    expect(adminList.every((v) => v.mine === true)).toBe(true);
    const analystIds = (await list("limit=200")).body.views.map((v) => v.id);
    expect(analystIds).toContain(theirs.id);
    expect(analystIds).not.toContain(mine.id);
    expect(analystIds).not.toContain(anonymous.id);
    expect(adminList.map((v) => v.id)).not.toContain(theirs.id);
  });

  it("a view stays public by its id, and shows nobody its owner or address", async () => {
    const view = await saveAs(analyst, "public by link");
    const anonymous = await save("anonymous by link", "focus=iran");
    const signedOut = await fetchView(view.id);
    expect(Object.keys(signedOut.body.view).sort()).toEqual(["createdAt", "id", "name", "state"]);
    expect((await fetchView(view.id, admin)).body.view.mine).toBeUndefined();
    expect((await fetchView(view.id, analyst)).body.view).toEqual(view);
    const other = (await fetchView(anonymous.id, analyst)).body.view;
    expect(Object.keys(other).sort()).toEqual(["createdAt", "id", "name", "state"]);
    // Stored: the owner, and for anonymous views a hash of the address, never the address.
    const [stored] = await readRows(
      getDb(),
      "MATCH (v:SavedView {id: $id}) RETURN v.addressHash AS hash, v.owner AS owner, keys(v) AS keys",
      { id: anonymous.id },
    );
    expect(stored!.owner).toBeNull();
    expect(stored!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toMatch(/198\.51\./);
  });

  it("the owner deletes a view (CSRF token needed); nobody else may", async () => {
    const view = await saveAs(analyst, "to delete");
    const del = (who: Credentials | null, csrf = true) =>
      deleteView(
        who
          ? authed(
              `/api/views/${view.id}`,
              csrf ? who : { ...who, csrfToken: "wrong" },
              {},
              "DELETE",
            )
          : new Request(`http://localhost/api/views/${view.id}`, { method: "DELETE" }),
        { params: Promise.resolve({ id: view.id }) },
      );
    expect((await del(null)).status).toBe(401);
    expect((await del(admin)).status).toBe(403);
    expect((await del(analyst, false)).status).toBe(403);
    expect((await del(analyst)).status).toBe(204);
    expect((await fetchView(view.id)).status).toBe(404);
    expect((await del(analyst)).status).toBe(404);
  });

  it("a signed-in save without its CSRF token is refused, not saved anonymously", async () => {
    const response = await postAs({ ...analyst, csrfToken: "wrong" }, { name: "x", state: "" });
    expect(response.status).toBe(403);
  });
});

describe("saved views: pools and caps", () => {
  it("an address saving anonymously gets 429 with Retry-After after its hourly number; another address and a signed-in user still save", async () => {
    await withEnv({ ATLAS_VIEWS_PER_ADDRESS_PER_HOUR: "5" }, async () => {
      const one = { "x-forwarded-for": "203.0.113.7" };
      for (let i = 0; i < 5; i++)
        expect((await post({ name: `a${i}`, state: "" }, one)).status).toBe(201);
      const refused = await answer<{ error: { code: string; message: string } }>(
        await post({ name: "a5", state: "" }, one),
      );
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe("too_many_requests");
      expect(refused.body.error.message).toMatch(/5 an hour from one address.*sign in/);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(3_500);
      expect(retryAfter).toBeLessThanOrEqual(3_600);
      // The client's own X-Forwarded-For entries are not its address: only the last one counts.
      const spoofed = { "x-forwarded-for": "10.9.9.9, 203.0.113.7" };
      expect((await post({ name: "spoof", state: "" }, spoofed)).status).toBe(429);
      expect(
        (await post({ name: "b", state: "" }, { "x-forwarded-for": "203.0.113.8" })).status,
      ).toBe(201);
      await saveAs(analyst, "still fine");
    });
  });

  it("a flood of anonymous saves up to the anonymous cap leaves signed-in users able to save", async () => {
    const cap = (await poolSize("anonymous")) + 25;
    await withEnv({ ATLAS_VIEWS_ANONYMOUS_MAX: String(cap) }, async () => {
      const flood = await Promise.all(
        Array.from({ length: 60 }, (_, i) => post({ name: `flood ${i}`, state: "" })),
      );
      const statuses = flood.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(25);
      expect(statuses.filter((s) => s === 409)).toHaveLength(35);
      const full = await answer<{ error: { code: string; message: string; details: unknown } }>(
        flood.find((r) => r.status === 409)!,
      );
      expect(full.body.error).toMatchObject({
        code: "saved_views_full",
        details: { pool: "anonymous", cap },
      });
      expect(full.body.error.message).toContain(`cap of ${cap}`);
      expect(await poolSize("anonymous")).toBe(cap);
      await saveAs(analyst, "after the flood");
      await saveAs(admin, "after the flood too");
    });
  });

  it("a user's cap holds exactly under 60 concurrent saves (409 naming the cap past it)", async () => {
    const { credentials, username } = await newAccount();
    await withEnv({ ATLAS_VIEWS_PER_USER_MAX: "20" }, async () => {
      const responses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => postAs(credentials, { name: `race ${i}`, state: "" })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      const full = (await responses.find((r) => r.status === 409)!.json()) as {
        error: { message: string; details: unknown };
      };
      expect(full.error.details).toEqual({ pool: "user", cap: 20 });
      expect(full.error.message).toContain("cap of 20 views (ATLAS_VIEWS_PER_USER_MAX)");
      expect(await poolSize(`user:${username}`)).toBe(20);
      // Another account's pool is its own.
      await saveAs(analyst, "unaffected");
    });
  });

  it("the caps hold across app instances: the lock is Neo4j's, not a process's", async () => {
    // Each isolated module registry is an instance as far as the app's state goes (its own
    // in-process queue of saves); only the quota node's lock in Neo4j orders them all.
    const instances = Array.from({ length: 6 }, () => {
      let route: { POST: (request: Request) => Promise<Response> } | undefined;
      jest.isolateModules(() => {
        route = jest.requireActual<typeof route & object>("@/app/api/views/route");
      });
      return route!;
    });
    const { credentials, username } = await newAccount();
    const anonymousCap = (await poolSize("anonymous")) + 20;
    await withEnv(
      { ATLAS_VIEWS_PER_USER_MAX: "20", ATLAS_VIEWS_ANONYMOUS_MAX: String(anonymousCap) },
      async () => {
        const responses = await Promise.all(
          Array.from({ length: 120 }, (_, i) => {
            const instance = instances[i % instances.length]!;
            const body = { name: `across ${i}`, state: "" };
            return instance.POST(
              i % 2 === 0
                ? authed("/api/views", credentials, body, "POST")
                : new Request("http://localhost/api/views", {
                    method: "POST",
                    headers: {
                      "content-type": "application/json",
                      "x-forwarded-for": freshAddress(),
                    },
                    body: JSON.stringify(body),
                  }),
            );
          }),
        );
        const statuses = responses.map((r) => r.status);
        expect(statuses.filter((s) => s === 201)).toHaveLength(40);
        expect(statuses.filter((s) => s === 409)).toHaveLength(80);
        expect(await poolSize(`user:${username}`)).toBe(20);
        expect(await poolSize("anonymous")).toBe(anonymousCap);
      },
    );
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

  it.each(["limit=0", "limit=201", "offset=-1", "offset=100001", "sort=name"])(
    "GET ?%s is a 400 (signed in)",
    async (q) => {
      expect((await list(q)).status).toBe(400);
    },
  );
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
          if (result.status === 200) expect(result.body.views.every((v) => v.mine)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
