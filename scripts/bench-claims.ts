import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ClaimsResponse, ClaimView, ClaimWriteResponse } from "@/lib/curation/types";
import { readRows, writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { loadEnv } from "@/scripts/lib/load-env";
import { openScriptDb } from "@/scripts/lib/script-db";
import type { GraphResponse } from "@/lib/graph/types";
import { percentile } from "@/scripts/lib/load-test";
import { loadAverage, signInOverHttp } from "@/scripts/lib/bench-client";
import { startAppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import { freePort } from "@/scripts/lib/harness/throwaway-neo4j";
import { startSeededBenchApp } from "@/scripts/lib/bench-seeded-app";

const USAGE = `usage: npm run bench:claims [-- --claims 30] [-- --uri bolt://… for a large graph]

Over HTTP, against the production build on a throwaway seeded Neo4j, as a curator: freeze the test
article of curation part 1 and a few varied copies of it, then accept up to --claims proposals one
by one, and after each accept poll GET /api/graph?focus=<subject>&depth=1 until the claim's edge
answers. Prints the time from sending the accept to the edge answering (p50, p95) and the accept
alone, beside the floor of 500 ms at p95.

With --uri (NEO4J_USER / NEO4J_PASSWORD from the environment), on that Neo4j instead — a generated
graph of 100,000 actors, say: a document naming --claims pairs of its best-connected actors is
frozen, a claim is made by hand on each pair (POST …/claims, accepted at once), and each accept is
timed until its edge answers in /api/relationships/{id}, beside the floor of 200 ms at p95 for the
accept. Everything the bench wrote is removed afterwards (claims retracted, then the document).`;

const { values: args } = parseArgs({
  options: {
    claims: { type: "string", default: "30" },
    uri: { type: "string" },
    help: { type: "boolean", default: false },
  },
});

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
  if (args.uri) return benchOnGraph(args.uri, wanted);
  const { client, stop } = await startSeededBenchApp();
  try {
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
    console.log(
      `\nAccepting a claim → its edge answering in /api/graph: ${toEdge.length} claims (load ${loadAverage()})`,
    );
    line("accept (POST …/claims/decide)", accept);
    line("accept → edge in /api/graph", toEdge);
    console.log(`  ${"floor (accept → edge, p95)".padEnd(34)} ${FLOOR_P95_MS} ms`);
  } finally {
    await stop();
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const line = (label: string, values: number[]) =>
  console.log(
    `  ${label.padEnd(34)} p50 ${percentile(sorted(values), 50).toFixed(0).padStart(5)} ms   p95 ${percentile(sorted(values), 95).toFixed(0).padStart(5)} ms`,
  );

const FLOOR_ACCEPT_P95_MS = 200;
const CURATOR = { username: "bench-curator", password: "bench-curator-password" };

/**
 * Claims made on an existing graph before the steady ones: the first statements on a database
 * compile their query plans (100–400 ms each here), and the app server, started for this bench,
 * runs its first requests through code not yet compiled by V8 (on the 100k graph the first 20
 * took p50 85–108 ms, p95 148–204 ms; the next 60 p50 70, p95 93). A serving instance pays both
 * once, so the floor is for the steady ones; the first after start are printed beside them.
 */
const WARM_UP = 10;

/** The bench on an existing graph: claims by hand between its best-connected actors. */
async function benchOnGraph(uri: string, wanted: number): Promise<void> {
  const env = loadEnv();
  const db = openScriptDb({ ...env, NEO4J_URI: uri });
  ensureThrowawayBuild();
  const server = await startAppServer({
    port: await freePort(),
    env: {
      NEO4J_URI: uri,
      NEO4J_USER: env.NEO4J_USER,
      NEO4J_PASSWORD: env.NEO4J_PASSWORD ?? "",
      ATLAS_ADMIN_USER: CURATOR.username,
      ATLAS_ADMIN_PASSWORD: CURATOR.password,
    },
    timeoutMs: 600_000,
  });
  let documentId: string | null = null;
  const made: { id: string; version: number }[] = [];
  let client: Awaited<ReturnType<typeof signInOverHttp>> | null = null;
  try {
    client = await signInOverHttp(server.baseUrl, CURATOR);
    const hubs = await readRows(
      db,
      `MATCH (a:Actor) WITH a, COUNT { (a)--() } AS degree
       ORDER BY degree DESC, a.id LIMIT toInteger($n) RETURN a.id AS id, a.name AS name`,
      { n: WARM_UP + wanted + 1 },
    );
    // One sentence per pair of neighbouring hubs, each a passage to cite.
    const sentences = hubs
      .slice(0, WARM_UP + wanted)
      .map((hub, i) => `${String(hub.name)} backs ${String(hubs[i + 1]!.name)}.`);
    const text = `Bench claims ${Date.now()}.\n\n${sentences.join(" ")}`;
    const draft = await client.post<{ document: { id: string } }>("/api/documents", {
      text,
      metadata: { title: "Bench claims", publisher: "Bench", published: "2021-01" },
    });
    documentId = draft.json.document.id;
    const freeze = await client.post(`/api/documents/${documentId}/freeze`, {
      version: 0,
      independent: true,
    });
    const accept: number[] = [];
    const toEdge: number[] = [];
    const firstAccepts: number[] = [];
    for (const [i, sentence] of sentences.entries()) {
      const start = text.indexOf(sentence);
      const started = performance.now();
      const created = await client.post<ClaimWriteResponse>(`/api/documents/${documentId}/claims`, {
        subjectId: hubs[i]!.id,
        objectId: hubs[i + 1]!.id,
        family: "influence",
        kind: "supports",
        weight: 2,
        citations: [{ start, end: start + sentence.length }],
      });
      (i >= WARM_UP ? accept : firstAccepts).push(created.ms);
      const claim = created.json.claims[0]!;
      made.push({ id: claim.id, version: claim.version });
      const edge = created.json.edges.find((e) => e.claimIds.includes(claim.id));
      if (!edge) throw new Error(`the claim ${claim.id} made no edge`);
      for (;;) {
        const answer = await client.get<{ relationship?: { evidence?: { claimCount: number } } }>(
          `/api/relationships/${edge.id}`,
        );
        const claims = answer.json.relationship?.evidence?.claimCount ?? 0;
        if (answer.status === 200 && claims >= edge.claimIds.length) break;
        if (performance.now() - started > 10_000) {
          throw new Error(`the edge ${edge.id} did not answer within 10 s`);
        }
      }
      if (i >= WARM_UP) toEdge.push(performance.now() - started);
    }
    const counts = await readRows(db, "MATCH (a:Actor) RETURN count(a) AS actors");
    console.log(
      `\nA claim made by hand on a graph of ${Number(counts[0]!.actors).toLocaleString("en-US")} actors → its edge: ${accept.length} claims between its best-connected actors after the server's first ${WARM_UP}, freeze ${freeze.ms.toFixed(0)} ms (load ${loadAverage()})`,
    );
    line(`the first ${WARM_UP} after start`, firstAccepts);
    line("accept (POST …/claims)", accept);
    line("accept → edge in /api/relationships", toEdge);
    console.log(`  ${"floor (accept, p95)".padEnd(34)} ${FLOOR_ACCEPT_P95_MS} ms`);
  } finally {
    if (client && documentId && made.length > 0) {
      await client.post(`/api/documents/${documentId}/claims/decide`, {
        action: "retract",
        claims: made.map((claim) => ({ ...claim, version: claim.version })),
        reason: "benchmark",
      });
    }
    if (documentId) await removeBenchDocument(db, documentId);
    await server.stop();
    await db.driver.close();
  }
}

/** Takes out what the bench added: its document, its passages, mentions and (retracted) claims. */
async function removeBenchDocument(db: Db, documentId: string): Promise<void> {
  await writeTx(db, async (tx) => {
    await tx.run(
      `MATCH (d:Document {id: $documentId})
       OPTIONAL MATCH (x)-[:IN|PART_OF]->(d)
       DETACH DELETE x, d`,
      { documentId },
    );
    await bumpGraphVersion(tx);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
