import type { ManagedTransaction } from "neo4j-driver";
import {
  projectPairEdges,
  type ClaimForEdge,
  type ProjectedEdge,
  type EvidenceDocument,
} from "@/lib/curation/evidence";
import type { EdgeEvidence } from "@/lib/curation/types";
import { txRows, type Row } from "@/lib/db/session";
import type { EdgeFamily } from "@/lib/domain/relationship-families";
import { EDGE_TYPES } from "@/lib/graph/cypher";
import { CLAIM_LABEL, COPY_OF_TYPE } from "@/lib/graph/schema";
import { bool, int, str, strOrNull, strings } from "@/lib/graph/values";

/** A passage is keyed by its span, as the seed's are: one node however many claims cite it. */
export const passageId = (documentId: string, start: number, end: number) =>
  `${documentId}:${start}-${end}`;

/** Two actors, in a fixed order: the unit whose edges are recomputed together. */
export type ActorPair = readonly [string, string];

export const pairOf = (a: string, b: string): ActorPair => (a < b ? [a, b] : [b, a]);

function uniquePairs(pairs: ReadonlyArray<ActorPair>): ActorPair[] {
  const seen = new Map<string, ActorPair>();
  for (const [a, b] of pairs) {
    const pair = pairOf(a, b);
    seen.set(pair.join("\u0000"), pair);
  }
  return [...seen.values()];
}

export const EDGE_TYPE_LIST = Object.values(EDGE_TYPES).join("|");

/** The edge properties a claim projection writes, read back as the evidence a curator sees. */
export const EDGE_EVIDENCE = (r: string, s: string, t: string) => `{
  id: ${r}.id, type: type(${r}), kind: coalesce(${r}.kind, ${r}.role),
  source: ${s}.id, sourceName: ${s}.name, target: ${t}.id, targetName: ${t}.name,
  claimIds: coalesce(${r}.claimIds, []), disputeClaimIds: coalesce(${r}.disputeClaimIds, []),
  sourceCount: coalesce(${r}.sourceCount, size(coalesce(${r}.documentIds, []))),
  independentSourceCount: coalesce(${r}.independentSourceCount, size(coalesce(${r}.documentIds, []))),
  contested: coalesce(${r}.contested, false), contestedBecause: coalesce(${r}.contestedBecause, [])
}`;

export const FAMILY_OF_TYPE = Object.fromEntries(
  Object.entries(EDGE_TYPES).map(([family, type]) => [type, family]),
) as Record<string, EdgeFamily>;

export function toEdgeEvidence(row: Row): EdgeEvidence {
  return {
    id: str(row, "id"),
    family: FAMILY_OF_TYPE[str(row, "type")]!,
    kind: str(row, "kind"),
    source: str(row, "source"),
    sourceName: str(row, "sourceName"),
    target: str(row, "target"),
    targetName: str(row, "targetName"),
    claimIds: strings(row, "claimIds"),
    disputeClaimIds: strings(row, "disputeClaimIds"),
    sourceCount: int(row, "sourceCount"),
    independentSourceCount: int(row, "independentSourceCount"),
    contested: bool(row, "contested"),
    contestedBecause: strings(row, "contestedBecause"),
  };
}

/** Every edge between the actors of the given pairs, with its evidence. */
export async function readPairEdges(
  tx: ManagedTransaction,
  pairs: ReadonlyArray<ActorPair>,
): Promise<EdgeEvidence[]> {
  // Both actors bound first, so the edges are found by expanding into the pair from its smaller
  // side, not by reading every relationship of a hub.
  const rows = await txRows(
    tx,
    `UNWIND $pairs AS pair
     MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
     MATCH (a)-[r:${EDGE_TYPE_LIST}]-(b)
     WITH DISTINCT r
     WITH r, startNode(r) AS s, endNode(r) AS t
     RETURN ${EDGE_EVIDENCE("r", "s", "t")} AS edge
     ORDER BY edge.source, edge.target, edge.id`,
    { pairs: uniquePairs(pairs) },
  );
  return rows.map((row) => toEdgeEvidence(row.edge as Row));
}

async function readAcceptedClaims(
  tx: ManagedTransaction,
  pairs: ActorPair[],
): Promise<ClaimForEdge[]> {
  const rows = await txRows(
    tx,
    `UNWIND $pairs AS pair
     MATCH (c:${CLAIM_LABEL} {status: 'accepted'})
     WHERE c.subjectId IN pair AND c.objectId IN pair AND c.subjectId <> c.objectId
     RETURN c {.id, .edgeId, .family, .kind, .polarity, .weight, .summary, .dateStart, .dateEnd,
               .dateLabel, .subjectId, .objectId, .documentId, .createdAt, .citationStarts,
               .citationEnds, yearInferred: coalesce(c.yearInferred, false)} AS claim`,
    { pairs },
  );
  return rows.map(({ claim }) => {
    const row = claim as Row;
    const documentId = str(row, "documentId");
    const starts = (row.citationStarts as number[] | null) ?? [];
    const ends = (row.citationEnds as number[] | null) ?? [];
    return {
      id: str(row, "id"),
      edgeId: str(row, "edgeId"),
      family: str(row, "family") as EdgeFamily,
      kind: str(row, "kind"),
      polarity: str(row, "polarity") as ClaimForEdge["polarity"],
      weight: typeof row.weight === "number" ? row.weight : 1,
      summary: strOrNull(row, "summary"),
      dateStart: strOrNull(row, "dateStart"),
      dateEnd: strOrNull(row, "dateEnd"),
      dateLabel: strOrNull(row, "dateLabel"),
      yearInferred: bool(row, "yearInferred"),
      subjectId: str(row, "subjectId"),
      objectId: str(row, "objectId"),
      documentId,
      passageIds: starts.map((start, i) => passageId(documentId, start, ends[i]!)),
      createdAt: str(row, "createdAt"),
    };
  });
}

async function readSourceDocuments(
  tx: ManagedTransaction,
  documentIds: string[],
): Promise<Map<string, EvidenceDocument>> {
  const rows = await txRows(
    tx,
    `UNWIND $documentIds AS id
     MATCH (d:Document {id: id})
     OPTIONAL MATCH (d)-[:${COPY_OF_TYPE}*1..20]->(root:Document)
     WHERE NOT (root)-[:${COPY_OF_TYPE}]->()
     WITH d, head(collect(root)) AS root
     UNWIND [d, root] AS doc
     WITH d, root, doc WHERE doc IS NOT NULL
     RETURN DISTINCT doc.id AS id, doc.title AS title, doc.publisher AS publisher,
            CASE WHEN doc = d THEN root.id ELSE null END AS copyRootId,
            coalesce(doc.countsSeparately, false) AS countsSeparately`,
    { documentIds },
  );
  return new Map(
    rows.map((row) => [
      str(row, "id"),
      {
        id: str(row, "id"),
        title: strOrNull(row, "title"),
        publisher: strOrNull(row, "publisher"),
        copyRootId: strOrNull(row, "copyRootId"),
        countsSeparately: bool(row, "countsSeparately"),
      },
    ]),
  );
}

/**
 * Recomputes the edges of the given pairs from their accepted claims, in the caller's transaction
 * (the decision's): the pair's claim-made edges are replaced by the projection. Edges no claim
 * ever named (a generated graph's) are left alone. Both actors of a pair are locked first, so two
 * decisions on one pair recompute one after the other and neither loses the other's claim.
 */
export async function recomputePairEdges(
  tx: ManagedTransaction,
  pairs: ReadonlyArray<ActorPair>,
): Promise<{ edges: EdgeEvidence[]; removedEdgeIds: string[] }> {
  const unique = uniquePairs(pairs);
  if (unique.length === 0) return { edges: [], removedEdgeIds: [] };
  await tx.run(`UNWIND $ids AS id MATCH (a:Actor {id: id}) SET a._lock = true REMOVE a._lock`, {
    ids: [...new Set(unique.flat())].sort(),
  });
  const claims = await readAcceptedClaims(tx, unique);
  const documents = await readSourceDocuments(tx, [...new Set(claims.map((c) => c.documentId))]);
  const projected: ProjectedEdge[] = [];
  for (const pair of unique) {
    const own = claims.filter((c) => pair.includes(c.subjectId) && pair.includes(c.objectId));
    projected.push(...projectPairEdges(own, documents));
  }
  // The pair's claim-made edges, and any edge a claim ever named, make way for the projection.
  const removed = await txRows(
    tx,
    `UNWIND $pairs AS pair
     MATCH (s:Actor {id: pair[0]}), (t:Actor {id: pair[1]})
     WITH s, t, COLLECT {
       MATCH (c:${CLAIM_LABEL}) WHERE c.subjectId IN pair AND c.objectId IN pair AND c.edgeId IS NOT NULL
       RETURN DISTINCT c.edgeId
     } AS known
     MATCH (s)-[r:${EDGE_TYPE_LIST}]-(t)
     WHERE r.claimIds IS NOT NULL OR r.id IN known
     WITH DISTINCT r
     WITH r, r.id AS id
     DELETE r
     RETURN id`,
    { pairs: unique },
  );
  for (const [family, type] of Object.entries(EDGE_TYPES)) {
    const edges = projected.filter((edge) => edge.family === family);
    if (edges.length === 0) continue;
    // `type` comes from the closed family table, never from input.
    await tx.run(
      `UNWIND $edges AS edge
       MATCH (s:Actor {id: edge.source}), (t:Actor {id: edge.target})
       CREATE (s)-[r:${type}]->(t)
       SET r = edge.props`,
      { edges },
    );
  }
  const kept = new Set(projected.map((edge) => edge.id));
  return {
    edges: projected.length > 0 ? await readPairEdges(tx, unique) : [],
    removedEdgeIds: [...new Set(removed.map((row) => str(row, "id")))].filter(
      (id) => !kept.has(id),
    ),
  };
}

/**
 * Recomputes the edges a document's accepted claims (and its copies' claims) stand behind: its
 * publisher or its "counts separately" changed, and with them its edges' independent sources.
 * Returns the ids of the edges now standing.
 */
export async function recomputeDocumentEdges(
  tx: ManagedTransaction,
  documentId: string,
): Promise<string[]> {
  const rows = await txRows(
    tx,
    `MATCH (d:Document {id: $documentId})
     WITH [d.id] + COLLECT { MATCH (copy:Document)-[:${COPY_OF_TYPE}*1..5]->(d) RETURN copy.id } AS ids
     UNWIND ids AS id
     MATCH (c:${CLAIM_LABEL} {documentId: id, status: 'accepted'})
     RETURN DISTINCT c.subjectId AS subjectId, c.objectId AS objectId`,
    { documentId },
  );
  const { edges } = await recomputePairEdges(
    tx,
    rows.map((row) => pairOf(str(row, "subjectId"), str(row, "objectId"))),
  );
  return edges.map((edge) => edge.id);
}
