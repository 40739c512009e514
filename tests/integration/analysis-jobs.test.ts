import { claimJob, jobKey, readJob } from "@/lib/analysis/job-store";
import type { RankingsBody } from "@/lib/analysis/rankings-body";
import { STORED_GZIP_ACCEPTED, STORED_GZIP_ENCODING } from "@/lib/api/stored-gzip.mjs";
import { readRows, writeTx } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import { envFor, freePort, seedNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

/**
 * Issue 17, item 3: the whole-graph analyses run as jobs whose state lives in Neo4j, so two
 * production instances on one database see one job: 202 with progress while it runs, then the same
 * 200 on either; a write bumps the version and starts a new job.
 */
jest.setTimeout(600_000);

let own: OwnNeo4j;
let servers: AppServer[] = [];

beforeAll(async () => {
  ensureThrowawayBuild();
  own = await startOwnNeo4j();
  await seedNeo4j(own.instance);
  const ports = [await freePort(), await freePort()];
  servers = await Promise.all(
    ports.map((port) => startAppServer({ port, env: envFor(own.instance), timeoutMs: 300_000 })),
  );
}, 900_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await own?.close();
});

const ASYNC = { headers: { prefer: "respond-async" } };

interface Pending {
  analysis: string;
  status: string;
  graphVersion: string;
  progress: { phase: string; label: string; fraction: number };
  statusUrl: string;
}

async function get(base: string, url: string, init: RequestInit = ASYNC) {
  const response = await fetch(`${base}${url}`, init);
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Asks `base` again until it answers about `version`, which it must within its version TTL. */
async function untilVersion(base: string, url: string, version: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await get(base, url);
    if (answer.body.graphVersion === version) return answer;
    if (Date.now() > deadline)
      throw new Error(`${base}${url} still answers about ${String(answer.body.graphVersion)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls the status URL on `base` until the job is done; every answer on the way is 200. */
async function untilDone(base: string, statusUrl: string): Promise<Pending[]> {
  const seen: Pending[] = [];
  for (;;) {
    const { status, body } = await get(base, statusUrl);
    expect(status).toBe(200);
    seen.push(body as unknown as Pending);
    if (body.status === "done") return seen;
    expect(body.status).toBe("running");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(["rankings", "balance"] as const)("/api/analysis/%s on two instances", (name) => {
  it("answers 202 with progress on one, then the same 200 on both", async () => {
    const [a, b] = servers.map((s) => s.baseUrl) as [string, string];
    const first = await get(a, `/api/analysis/${name}`);
    expect(first.status).toBe(202);
    const pending = first.body as unknown as Pending;
    expect(pending).toMatchObject({
      analysis: name,
      status: "running",
      statusUrl: `/api/analysis/jobs/${name}`,
      graphVersion: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(pending.progress.fraction).toBeGreaterThanOrEqual(0);
    expect(pending.progress.fraction).toBeLessThan(1);

    // B polls the job A claimed: it sees it in Neo4j, and does not compute it again.
    const seen = await untilDone(b, pending.statusUrl);
    const fractions = seen.map((s) => s.progress.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(seen.at(-1)).toMatchObject({ status: "done", graphVersion: pending.graphVersion });

    // fetch asks for gzip: A sends the stored gzip as it is, marked so no one compresses it again.
    // B is asked for identity, by a client that also sends serve.mjs's own header (dropped).
    const [onA, onB] = await Promise.all([
      get(a, `/api/analysis/${name}`),
      get(b, `/api/analysis/${name}`, {
        headers: { "accept-encoding": "identity", [STORED_GZIP_ACCEPTED]: "1" },
      }),
    ]);
    expect(onA.status).toBe(200);
    expect(onB.status).toBe(200);
    expect(onB.body).toEqual(onA.body);
    expect(onA.headers.get("content-encoding")).toBe("gzip");
    expect(onA.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(onA.headers.get(STORED_GZIP_ENCODING)).toBeNull();
    expect(onB.headers.get("content-encoding")).toBeNull();
    expect(onA.body.graphVersion).toBe(pending.graphVersion);
    const [job] = await readRows(
      own.db,
      "MATCH (j:AnalysisJob {analysis: $name}) RETURN count(j) AS n, collect(j.status) AS statuses",
      { name },
    );
    expect(job).toEqual({ n: 1, statuses: ["done"] });
  });
});

describe("a write starts a new job", () => {
  it("bumps the version; the next answer is a 202 for it, then a 200 under it", async () => {
    const [a, b] = servers.map((s) => s.baseUrl) as [string, string];
    const before = await get(a, "/api/analysis/rankings");
    expect(before.status).toBe(200);
    const version = await writeTx(own.db, (tx) => bumpGraphVersion(tx));
    expect(version).not.toBe(before.body.graphVersion);
    // Each instance sees the new version within its 1 s TTL, each on its own clock: until then it
    // answers about the version it knows.
    const next = await untilVersion(b, "/api/analysis/rankings", version);
    expect(next.status).toBe(202);
    await untilDone(b, "/api/analysis/jobs/rankings");
    const after = await untilVersion(a, "/api/analysis/rankings?top=3", version);
    expect(after.status).toBe(200);
    const body = after.body as unknown as RankingsBody;
    expect(body.graphVersion).toBe(version);
    expect(body.actors).toHaveLength(3);
    expect(body.actorCount).toBe((before.body as unknown as RankingsBody).actorCount);
    // The older version's job is gone.
    const [jobs] = await readRows(
      own.db,
      "MATCH (j:AnalysisJob {analysis: 'rankings'}) RETURN collect(j.graphVersion) AS versions",
    );
    expect(jobs).toEqual({ versions: [version] });
  });
});

describe("the lease", () => {
  const job = { key: jobKey("lease-test", "v1"), analysis: "lease-test", version: "v1" };

  it("lets one of many concurrent claimants take a job, and another take it over once stale", async () => {
    const owners = Array.from({ length: 8 }, (_, i) => `owner-${i}`);
    const claims = await Promise.all(owners.map((o) => claimJob(own.db, job, o, 60_000)));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    expect((await readJob(own.db, job.key))?.state.status).toBe("running");

    const stale = { ...job, key: jobKey("lease-test", "v2"), version: "v2" };
    expect((await claimJob(own.db, stale, "crashed", 1)).claimed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await claimJob(own.db, stale, "survivor", 60_000)).claimed).toBe(true);
    expect((await claimJob(own.db, stale, "late", 60_000)).claimed).toBe(false);
  });
});
