import { GET as balance } from "@/app/api/analysis/balance/route";
import { GET as evidence } from "@/app/api/analysis/evidence/route";
import { GET as rankings } from "@/app/api/analysis/rankings/route";
import { GET as paths } from "@/app/api/paths/route";
import { GET as actorById } from "@/app/api/actors/[id]/route";
import { GET as actors } from "@/app/api/actors/route";
import { GET as documentById } from "@/app/api/documents/[id]/route";
import { GET as documents } from "@/app/api/documents/route";
import { GET as graph } from "@/app/api/graph/route";
import { GET as health } from "@/app/api/health/route";
import { GET as relationshipById } from "@/app/api/relationships/[id]/route";
import { seedGraph } from "@/lib/seed/run-seed";
import { getDb } from "@/lib/db/driver";
import {
  envFor,
  pauseThrowawayNeo4j,
  resumeThrowawayNeo4j,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
  type ThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

// The app's own process-wide driver is pointed at a Neo4j that this suite stops and starts again.
let instance: ThrowawayNeo4j;

/** Every read endpoint, called the way Next calls route handlers. */
const get = (
  handler: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>,
  path: string,
  id = "",
) => handler(new Request(`http://localhost${path}`), { params: Promise.resolve({ id }) });
const ENDPOINTS: Array<[string, () => Promise<Response>]> = [
  ["/api/health", () => health()],
  ["/api/actors?q=Soleimani", () => get(actors, "/api/actors?q=Soleimani")],
  ["/api/actors/iran", () => get(actorById, "/api/actors/iran", "iran")],
  ["/api/graph", () => get(graph, "/api/graph")],
  ["/api/graph?focus=iran", () => get(graph, "/api/graph?focus=iran&depth=2")],
  [
    "/api/relationships/iran-backs-pmu",
    () => get(relationshipById, "/api/relationships/iran-backs-pmu", "iran-backs-pmu"),
  ],
  ["/api/documents", () => get(documents, "/api/documents")],
  [
    "/api/documents/f662abb57264ea17",
    () => get(documentById, "/api/documents/f662abb57264ea17", "f662abb57264ea17"),
  ],
  ["/api/paths", () => paths(new Request("http://localhost/api/paths?from=iran&to=pmu"))],
  ["/api/analysis/rankings", () => rankings(new Request("http://localhost/api/analysis/rankings"))],
  ["/api/analysis/balance", () => balance(new Request("http://localhost/api/analysis/balance"))],
  ["/api/analysis/evidence", () => evidence(new Request("http://localhost/api/analysis/evidence"))],
];

beforeAll(async () => {
  instance = await startThrowawayNeo4j();
  Object.assign(process.env, envFor(instance));
  await seedGraph(getDb(), { reset: true });
}, 180_000);

afterAll(async () => {
  await getDb().driver.close();
  await stopThrowawayNeo4j(instance.home);
});

async function timed(
  call: () => Promise<Response>,
): Promise<{ status: number; body: unknown; ms: number }> {
  const started = Date.now();
  const response = await call();
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

describe("a database outage", () => {
  it("serves normally while Neo4j is up", async () => {
    for (const [, call] of ENDPOINTS) expect((await timed(call)).status).toBe(200);
  });

  it("answers 503 JSON within 5 s on every endpoint while Neo4j is down", async () => {
    await pauseThrowawayNeo4j(instance);
    for (const [path, call] of ENDPOINTS) {
      const result = await timed(call);
      expect({ path, status: result.status }).toEqual({ path, status: 503 });
      expect(result.ms).toBeLessThan(5_000);
      expect(JSON.stringify(result.body)).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
    }
  }, 180_000);

  it("recovers by itself within 10 s of Neo4j coming back, with no restart", async () => {
    await resumeThrowawayNeo4j(instance);
    const back = Date.now();
    let status = 0;
    while (Date.now() - back < 10_000) {
      status = (await timed(ENDPOINTS[0]![1])).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    for (const [, call] of ENDPOINTS) expect((await timed(call)).status).toBe(200);
  }, 180_000);
});
