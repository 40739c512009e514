import { readRows, type Db } from "@/lib/db/session";
import { mapRelationship } from "@/lib/analysis/map-relationship";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";

/** Passages citing `r`, with their document's title: shared by every query that returns relationships. */
export const CITATIONS_OF_R = `COLLECT {
  MATCH (cp:Passage)-[:PART_OF]->(cd:Document) WHERE cp.id IN r.passageIds
  RETURN {passageId: cp.id, documentId: cd.id, documentTitle: cd.title, text: cp.text} AS c
}`;

/**
 * The whole influence/hostility graph with citations. The seeded graph is tens of actors, so one
 * read is cheap; the costly algorithms on top of it are memoised per graph version (see cache.ts).
 */
export async function loadSignedGraph(db: Db): Promise<SignedGraph> {
  const [actorRows, relRows] = await Promise.all([
    readRows(db, "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind ORDER BY a.id"),
    readRows(
      db,
      `MATCH (s:Actor)-[r:INFLUENCES|HOSTILE_TO]->(t:Actor)
       RETURN properties(r) AS props, s.id AS source, t.id AS target, ${CITATIONS_OF_R} AS passages
       ORDER BY r.id`,
    ),
  ]);
  const actors: ActorRef[] = actorRows.map((row) => ({
    id: String(row.id),
    name: String(row.name ?? row.id),
    kind: String(row.kind ?? ""),
  }));
  const relationships = relRows.map((row) =>
    mapRelationship(
      row.props as Record<string, unknown>,
      String(row.source),
      String(row.target),
      row.passages,
    ),
  );
  return { actors, relationships };
}
