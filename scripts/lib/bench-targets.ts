import neo4j from "neo4j-driver";
import { readRows, type Db } from "@/lib/db/session";
import type { BenchTargets } from "@/scripts/lib/bench-endpoints";
import type { CatalogueTargets } from "@/scripts/lib/query-catalogue";

const DEGREE = "COUNT { (a)-[:INFLUENCES|HOSTILE_TO]-() }";

async function actorAtDegreeRank(db: Db, rank: number): Promise<{ id: string; name: string }> {
  const [row] = await readRows(
    db,
    `MATCH (a:Actor) WITH a, ${DEGREE} AS degree
     ORDER BY degree DESC, a.id SKIP $rank LIMIT 1
     RETURN a.id AS id, a.name AS name`,
    { rank: neo4j.int(rank) },
  );
  if (!row) throw new Error(`the graph has no actor at degree rank ${rank}`);
  return { id: String(row.id), name: String(row.name) };
}

async function firstId(db: Db, cypher: string, params = {}): Promise<string> {
  const [row] = await readRows(db, cypher, params);
  if (!row) throw new Error(`no answer to: ${cypher}`);
  return String(row.id);
}

/**
 * What the benchmarks ask about: on the seeded graph the article's own actors; on a synthetic
 * one an actor of ordinary prominence (degree at the 99th percentile), a path to an actor of
 * median degree, and the biggest hub.
 */
export async function findTargets(
  db: Db,
  graph: "seed" | "synthetic",
): Promise<BenchTargets & CatalogueTargets> {
  const [{ count }] = (await readRows(db, "MATCH (a:Actor) RETURN count(a) AS count")) as [
    { count: number },
  ];
  const hub = await actorAtDegreeRank(db, 0);
  const actor =
    graph === "seed"
      ? { id: "qassem-soleimani", name: "Soleimani" }
      : await actorAtDegreeRank(db, Math.floor(count / 100));
  const pathTo =
    graph === "seed"
      ? "us-forces-in-iraq"
      : (await actorAtDegreeRank(db, Math.floor(count / 2))).id;
  return {
    query: actor.name,
    actorId: actor.id,
    hubId: hub.id,
    pathFrom: graph === "seed" ? "iran" : actor.id,
    pathTo,
    relationshipId: await firstId(
      db,
      `MATCH (:Actor {id: $id})-[r:INFLUENCES|HOSTILE_TO]-() RETURN r.id AS id ORDER BY r.weight DESC, r.id LIMIT 1`,
      { id: actor.id },
    ),
    membershipId: await firstId(db, "MATCH ()-[r:MEMBER_OF]->() RETURN r.id AS id LIMIT 1"),
    documentId: await firstId(db, "MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 1"),
  };
}
