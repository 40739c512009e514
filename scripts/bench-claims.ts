import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ClaimsResponse, ClaimView } from "@/lib/curation/types";
import type { GraphResponse } from "@/lib/graph/types";
import { percentile } from "@/scripts/lib/load-test";
import { loadAverage, signInOverHttp } from "@/scripts/lib/bench-client";
import { startAppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import {
  envFor,
  freePort,
  seedNeo4j,
  startThrowawayNeo4j,
  stopThrowawayNeo4j,
} from "@/scripts/lib/harness/throwaway-neo4j";

const USAGE = `usage: npm run bench:claims [-- --claims 30]

Over HTTP, against the production build on a throwaway seeded Neo4j, as a curator: freeze the test
article of curation part 1 and a few varied copies of it, then accept up to --claims proposals one
by one, and after each accept poll GET /api/graph?focus=<subject>&depth=1 until the claim's edge
answers. Prints the time from sending the accept to the edge answering (p50, p95) and the accept
alone, beside the floor of 500 ms at p95.`;

const { values: args } = parseArgs({
  options: {
    claims: { type: "string", default: "30" },
    help: { type: "boolean", default: false },
  },
});

const ADMIN = { username: "admin", password: "bench-admin-password" };
const FLOOR_P95_MS = 500;
const ARTICLE = readFileSync(
  path.join("tests", "fixtures", "curation", "second-article.txt"),
  "utf8",
);

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const wanted = Number(args.claims);
  ensureThrowawayBuild();
  const neo4j = await startThrowawayNeo4j();
  await seedNeo4j(neo4j);
  const server = await startAppServer({
    port: await freePort(),
    env: { ...envFor(neo4j), ATLAS_ADMIN_PASSWORD: ADMIN.password },
  });
  try {
    const client = await signInOverHttp(server.baseUrl, ADMIN);
    const toEdge: number[] = [];
    const accept: number[] = [];
    for (let copy = 0; toEdge.length < wanted && copy < 10; copy += 1) {
      // Each copy differs in its numbers and first line, so it is a document of its own.
      const text = `Copy ${copy}. ${ARTICLE.replace(/\d+/g, (n) => String(Number(n) + copy))}`;
      const draft = await client.post<{ document: { id: string } }>("/api/documents", {
        text,
        metadata: {
          title: `Bench article ${copy}`,
          publisher: `Wire ${copy}`,
          published: "2020-03",
        },
      });
      const id = draft.json.document.id;
      await client.post(`/api/documents/${id}/freeze`, { version: 0, independent: true });
      const { json } = await client.get<ClaimsResponse>(`/api/documents/${id}/claims`);
      const proposals = json.claims.filter((c: ClaimView) => c.status === "proposed");
      for (const proposal of proposals) {
        if (toEdge.length >= wanted) break;
        const started = performance.now();
        const accepted = await client.post<{ claims: ClaimView[] }>(
          `/api/documents/${id}/claims/decide`,
          {
            action: "accept",
            claims: [{ id: proposal.id, version: proposal.version }],
            changes: {
              family: proposal.family ?? "influence",
              kind: proposal.kind ?? "cooperates-with",
              weight: proposal.weight ?? 2,
            },
          },
        );
        accept.push(accepted.ms);
        const claim = accepted.json.claims[0]!;
        const focus = encodeURIComponent(claim.subject.id);
        for (;;) {
          const graph = await client.get<GraphResponse>(`/api/graph?focus=${focus}&depth=1`);
          if (graph.json.edges.some((edge) => edge.data.id === claim.edgeId)) break;
          if (performance.now() - started > 10_000) {
            throw new Error(`the edge ${claim.edgeId} did not answer within 10 s`);
          }
        }
        toEdge.push(performance.now() - started);
      }
    }
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const line = (label: string, values: number[]) =>
      console.log(
        `  ${label.padEnd(34)} p50 ${percentile(sorted(values), 50).toFixed(0).padStart(5)} ms   p95 ${percentile(sorted(values), 95).toFixed(0).padStart(5)} ms`,
      );
    console.log(
      `\nAccepting a claim → its edge answering in /api/graph: ${toEdge.length} claims (load ${loadAverage()})`,
    );
    line("accept (POST …/claims/decide)", accept);
    line("accept → edge in /api/graph", toEdge);
    console.log(`  ${"floor (accept → edge, p95)".padEnd(34)} ${FLOOR_P95_MS} ms`);
  } finally {
    await server.stop();
    await stopThrowawayNeo4j(neo4j.home);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
