import os from "node:os";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import {
  envFor,
  freePort,
  seedNeo4j,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";
import { loadTest, printLoadTable, summarise, closedLoop } from "@/scripts/lib/load-test";

const USAGE = `usage: npm run bench:sessions [-- --seconds 10 --connections 10]

Over HTTP, against the production build on a throwaway Neo4j:
  1. the session check: GET /api/auth/session with a live cookie on an instance that looks the
     session up in Neo4j on every request (ATLAS_SESSION_CACHE_MS=0) and on one that may reuse a
     lookup for up to a second (1000); the floor is the same route without a cookie (401, no lookup);
  2. a sign-in flood: a signed-in analyst's console query (RETURN 1), quiet and during 500 sign-ins
     with random names and forged addresses (ATLAS_TRUST_PROXY=1, so every forged address counts as
     a new client: the worst case), with the floor being its quiet figure.
Run it on a quiet machine; the load average is printed beside the figures.`;

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    help: { type: "boolean", default: false },
  },
});

const ANALYST = { username: "analyst", password: "bench-analyst-password" };
const ADMIN = { username: "admin", password: "bench-admin-password" };

interface Signed {
  cookie: string;
  csrfToken: string;
}

async function signIn(base: string, account: typeof ANALYST, address?: string): Promise<Response> {
  return fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: base,
      ...(address && { "x-forwarded-for": address }),
    },
    body: JSON.stringify(account),
  });
}

async function signedIn(base: string, account: typeof ANALYST): Promise<Signed> {
  const response = await signIn(base, account);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  return { cookie, csrfToken: ((await response.json()) as Signed).csrfToken };
}

function sessionCheck(base: string, cookie: string | null, expected: number) {
  return async () => {
    const response = await fetch(`${base}/api/auth/session`, {
      headers: cookie ? { cookie } : {},
    });
    await response.arrayBuffer();
    return response.status === expected;
  };
}

function consoleQuery(base: string, auth: Signed) {
  return async () => {
    const response = await fetch(`${base}/api/cypher`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: base,
        cookie: auth.cookie,
        "x-csrf-token": auth.csrfToken,
      },
      body: JSON.stringify({ query: "RETURN 1 AS one" }),
    });
    await response.arrayBuffer();
    return response.ok;
  };
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const seconds = Number(args.seconds);
  const connections = Number(args.connections);
  ensureThrowawayBuild();
  const neo4j = await startThrowawayNeo4j();
  await seedNeo4j(neo4j);
  const servers: AppServer[] = [];
  try {
    const start = async (env: Record<string, string>) => {
      const server = await startAppServer({
        port: await freePort(),
        env: {
          ...envFor(neo4j),
          ATLAS_ADMIN_PASSWORD: ADMIN.password,
          ATLAS_ANALYST_PASSWORD: ANALYST.password,
          // The bench signs in again and again from one address.
          ATLAS_LOGIN_RATE_PER_MINUTE: "1000",
          ATLAS_LOGIN_RATE_BURST: "1000",
          ATLAS_CYPHER_RATE_PER_MINUTE: "1000000",
          ATLAS_CYPHER_RATE_BURST: "1000000",
          ...env,
        },
      });
      servers.push(server);
      return server.baseUrl;
    };
    const uncached = await start({ ATLAS_SESSION_CACHE_MS: "0" });
    const cached = await start({ ATLAS_SESSION_CACHE_MS: "1000", ATLAS_TRUST_PROXY: "1" });
    const onUncached = await signedIn(uncached, ANALYST);
    const onCached = await signedIn(cached, ANALYST);

    console.log(
      `\nSession check over HTTP (${connections} clients, ${seconds} s each; load ${load()})`,
    );
    const options = { connections, seconds };
    printLoadTable([
      await loadTest(
        "floor: no cookie (401, no lookup)",
        sessionCheck(uncached, null, 401),
        options,
      ),
      await loadTest(
        "lookup in Neo4j every request (cache 0)",
        sessionCheck(uncached, onUncached.cookie, 200),
        options,
      ),
      await loadTest(
        "lookup reused ≤ 1 s (cache 1000)",
        sessionCheck(cached, onCached.cookie, 200),
        options,
      ),
    ]);

    // One client, one query at a time: the latency a working analyst sees.
    const query = consoleQuery(cached, onCached);
    for (let i = 0; i < 20; i++) await query();
    const quiet = summarise("console RETURN 1, quiet (floor)", [
      await closedLoop(query, { connections: 1, seconds: 5 }),
    ]);
    const randomAddress = () => [...randomBytes(4)].join(".");
    const statuses: number[] = [];
    const flood = Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        signIn(
          cached,
          { username: i % 5 === 0 ? ADMIN.username : `guess-${i}`, password: "wrong-password" },
          randomAddress(),
        ).then(async (response) => {
          await response.arrayBuffer();
          statuses.push(response.status);
        }),
      ),
    );
    const floodStarted = performance.now();
    const during = summarise("console RETURN 1, during 500 forged sign-ins", [
      await closedLoop(query, { connections: 1, seconds: 5 }),
    ]);
    await flood;
    const floodSeconds = (performance.now() - floodStarted) / 1000;
    const adminAfter = (await signIn(cached, ADMIN, "203.0.113.7")).status;
    console.log(`\nSign-in flood over HTTP (load ${load()})`);
    printLoadTable([quiet, during]);
    const count = (status: number) => statuses.filter((s) => s === status).length;
    console.log(
      `flood: ${count(429)} × 429, ${count(401)} × 401, other ${statuses.length - count(429) - count(401)}; ` +
        `answered in ${floodSeconds.toFixed(1)} s; p50 during ÷ quiet = ${(during.p50 / quiet.p50).toFixed(2)}× ` +
        `(the issue's bound: 2×); the real admin's sign-in afterwards from another address: ${adminAfter}`,
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await stopThrowawayNeo4j(neo4j.home);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
