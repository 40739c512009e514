import neo4j from "neo4j-driver";
import { ApiError } from "@/lib/api/errors";
import { readRows, type Db } from "@/lib/db/session";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";
import { CLAIM_TYPES, RELATIONSHIP } from "@/lib/graph/cypher";
import { toRelationship } from "@/lib/graph/mappers";
import { obj } from "@/lib/graph/values";

/**
 * The analyses run in the app's memory and grow much faster than the graph: the rankings took 4 s
 * for 300 actors and 29 s for 1,500 on the 2-core benchmark machine (docs/performance.md). Up to
 * these sizes a page answers in seconds; larger graphs, such as the synthetic ones, are refused
 * rather than read whole.
 */
export const ANALYSIS_LIMITS = { actors: 500, relationships: 5_000 };
export type AnalysisLimits = typeof ANALYSIS_LIMITS;

const thousands = (n: number) => n.toLocaleString("en-US");

export class GraphTooLarge extends ApiError {
  constructor(actors: number, relationships: number, limits: AnalysisLimits) {
    super(
      422,
      "graph_too_large",
      `The analyses run in the app's memory and take graphs of up to ${thousands(limits.actors)} actors and ${thousands(limits.relationships)} relationships; this one has ${thousands(actors)} actors and ${thousands(relationships)} relationships.`,
      { actors, relationships, limits },
    );
  }
}

/** Actors and influence/hostility relationships, from the count store (nothing is read). */
export async function graphSize(db: Db): Promise<{ actors: number; relationships: number }> {
  const [size] = await readRows(
    db,
    `RETURN COUNT { (:Actor) } AS actors,
            COUNT { ()-[:INFLUENCES]->() } + COUNT { ()-[:HOSTILE_TO]->() } AS relationships`,
  );
  return { actors: Number(size?.actors ?? 0), relationships: Number(size?.relationships ?? 0) };
}

/**
 * The whole influence/hostility graph with citations, when it is small enough to analyse (else
 * GraphTooLarge, after reading only the count store). The costly algorithms on top of it are
 * memoised per graph version (see cache.ts).
 */
export async function loadSignedGraph(
  db: Db,
  limits: AnalysisLimits = ANALYSIS_LIMITS,
): Promise<SignedGraph> {
  const { actors: actorCount, relationships: relationshipCount } = await graphSize(db);
  if (actorCount > limits.actors || relationshipCount > limits.relationships) {
    throw new GraphTooLarge(actorCount, relationshipCount, limits);
  }
  // The limits also bound the reads themselves, should the graph grow in between.
  const [actorRows, relRows] = await Promise.all([
    readRows(
      db,
      "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind ORDER BY a.id LIMIT $cap",
      { cap: neo4j.int(limits.actors) },
    ),
    readRows(
      db,
      `MATCH (s:Actor)-[r:${CLAIM_TYPES}]->(t:Actor)
       WITH s, r, t ORDER BY r.id LIMIT $cap
       RETURN ${RELATIONSHIP("s", "r", "t")} AS relationship`,
      { cap: neo4j.int(limits.relationships) },
    ),
  ]);
  const actors: ActorRef[] = actorRows.map((row) => ({
    id: String(row.id),
    name: String(row.name ?? row.id),
    kind: String(row.kind ?? ""),
  }));
  const relationships = relRows.map((row) => toRelationship(obj(row, "relationship")));
  return { actors, relationships };
}
