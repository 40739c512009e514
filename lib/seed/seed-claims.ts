import type { ManagedTransaction } from "neo4j-driver";
import { pairOf, recomputePairEdges, type ActorPair } from "@/lib/curation/claim-edges";
import { linkClaimPassages } from "@/lib/curation/claims";
import type { ClaimForEdge } from "@/lib/curation/evidence";
import { txRows } from "@/lib/db/session";
import { CLAIM_LABEL } from "@/lib/graph/schema";
import { SEED_CURATOR } from "@/lib/seed/curation-import";
import { SeedError } from "@/lib/seed/seed-error";
import type { SeedBundle } from "@/lib/seed/types";

/** The relationships and passages of a bundle, or of one batch of a generated graph. */
type ClaimSource = Pick<SeedBundle, "relationships" | "memberships" | "passages">;

/**
 * The seed's relationships and memberships as the claims the aggregation rule reads: one per entry
 * and document it cites (a claim rests on one document); the first keeps the entry's id, and every
 * one names the entry's id as its edge. Pure: the seed import writes these as `(:Claim)` nodes, the
 * synthetic loader projects them directly.
 */
export function seedClaims(source: ClaimSource, createdAt: string): ClaimForEdge[] {
  const passages = new Map(source.passages.map((passage) => [passage.id, passage]));
  const entries = [
    ...source.relationships.map((rel) => ({
      id: rel.id,
      subjectId: rel.source,
      objectId: rel.target,
      passageIds: rel.passageIds,
      family: rel.family as ClaimForEdge["family"],
      kind: rel.kind,
      weight: rel.weight,
      summary: rel.summary,
      dateStart: rel.dateStart ?? null,
      dateEnd: rel.dateEnd ?? null,
      dateLabel: rel.dateLabel ?? null,
      yearInferred: rel.yearInferred,
    })),
    ...source.memberships.map((m) => ({
      id: m.id,
      subjectId: m.member,
      objectId: m.group,
      passageIds: m.passageIds,
      family: "membership" as const,
      kind: m.role,
      weight: 2,
      summary: null,
      dateStart: null,
      dateEnd: null,
      dateLabel: null,
      yearInferred: false,
    })),
  ];
  return entries.flatMap(({ passageIds, ...entry }) => {
    const byDocument = new Map<string, string[]>();
    for (const passageId of passageIds) {
      const documentId = passages.get(passageId)!.documentId;
      byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), passageId]);
    }
    return [...byDocument].map(([documentId, ids], i) => ({
      ...entry,
      id: i === 0 ? entry.id : `${entry.id}@${documentId}`,
      edgeId: entry.id,
      polarity: "asserts" as const,
      documentId,
      passageIds: ids,
      createdAt,
    }));
  });
}

/**
 * Writes the seed's claims as accepted `(:Claim)` nodes (origin `seed`) and projects their edges
 * by the same rule as a curator's decision (lib/curation/evidence.ts): the seeded graph is built the
 * way the app builds it. A claim keeps its entry's id, and so does the edge it makes.
 */
export async function writeSeedClaims(tx: ManagedTransaction, bundle: SeedBundle): Promise<void> {
  const passages = new Map(bundle.passages.map((passage) => [passage.id, passage]));
  const now = new Date().toISOString();
  const claims = seedClaims(bundle, now).map(({ passageIds, ...claim }) => ({
    ...claim,
    props: {
      ...claim,
      citationStarts: passageIds.map((id) => passages.get(id)!.start),
      citationEnds: passageIds.map((id) => passages.get(id)!.end),
      hedged: false,
      status: "accepted",
      deferred: false,
      origin: "seed",
      reason: null,
      createdBy: SEED_CURATOR.user,
      decidedBy: SEED_CURATOR.user,
      decidedAt: now,
    },
  }));
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) {
      throw new SeedError([
        `relationships.json / memberships.json: the id "${claim.id}" is used twice.`,
      ]);
    }
    seen.add(claim.id);
  }
  // The pairs the claims had before (an edited entry may have moved) are recomputed too.
  const previous = await txRows(
    tx,
    `UNWIND $ids AS id MATCH (c:${CLAIM_LABEL} {id: id})
     RETURN c.subjectId AS subjectId, c.objectId AS objectId`,
    { ids: claims.map((claim) => claim.id) },
  );
  await tx.run(
    `UNWIND $claims AS row
     MERGE (c:${CLAIM_LABEL} {id: row.id})
     ON CREATE SET c.version = 0
     ON MATCH SET c.version = c.version + 1
     SET c += row.props
     WITH c, row
     OPTIONAL MATCH (c)-[old:SUBJECT|OBJECT|IN]->()
     DELETE old
     WITH DISTINCT c, row
     MATCH (d:Document {id: row.documentId}), (s:Actor {id: row.subjectId}), (o:Actor {id: row.objectId})
     CREATE (c)-[:IN]->(d), (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)`,
    { claims },
  );
  await linkClaimPassages(
    tx,
    claims.map((claim) => claim.id),
  );
  const pairs: ActorPair[] = [
    ...claims.map((claim) => pairOf(claim.subjectId, claim.objectId)),
    ...previous.map((row) => pairOf(String(row.subjectId), String(row.objectId))),
  ];
  await recomputePairEdges(tx, pairs);
}
