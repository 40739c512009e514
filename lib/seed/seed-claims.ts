import type { ManagedTransaction } from "neo4j-driver";
import { pairOf, recomputePairEdges, type ActorPair } from "@/lib/curation/claim-edges";
import { linkClaimPassages } from "@/lib/curation/claims";
import { txRows } from "@/lib/db/session";
import { CLAIM_LABEL } from "@/lib/graph/schema";
import { SEED_CURATOR } from "@/lib/seed/curation-import";
import { SeedError } from "@/lib/seed/seed-error";
import type { SeedBundle } from "@/lib/seed/types";

/**
 * The seed's relationships and memberships as accepted claims (origin `seed`), one per entry and
 * document, and their edges projected by the same rule as a curator's decision
 * (lib/curation/evidence.ts): the seeded graph is built the way the app builds it. A claim keeps
 * its entry's id, and so does the edge it makes.
 */
export async function writeSeedClaims(tx: ManagedTransaction, bundle: SeedBundle): Promise<void> {
  const passages = new Map(bundle.passages.map((passage) => [passage.id, passage]));
  const now = new Date().toISOString();
  const entries = [
    ...bundle.relationships.map((rel) => ({
      id: rel.id,
      subjectId: rel.source,
      objectId: rel.target,
      passageIds: rel.passageIds,
      props: {
        family: rel.family,
        kind: rel.kind,
        weight: rel.weight,
        summary: rel.summary,
        dateStart: rel.dateStart ?? null,
        dateEnd: rel.dateEnd ?? null,
        dateLabel: rel.dateLabel ?? null,
        yearInferred: rel.yearInferred,
      },
    })),
    ...bundle.memberships.map((m) => ({
      id: m.id,
      subjectId: m.member,
      objectId: m.group,
      passageIds: m.passageIds,
      props: { family: "membership", kind: m.role, weight: 2, summary: null },
    })),
  ];
  const claims = entries.flatMap((entry) => {
    const byDocument = new Map<string, { starts: number[]; ends: number[] }>();
    for (const passageId of entry.passageIds) {
      const passage = passages.get(passageId)!;
      const spans = byDocument.get(passage.documentId) ?? { starts: [], ends: [] };
      spans.starts.push(passage.start);
      spans.ends.push(passage.end);
      byDocument.set(passage.documentId, spans);
    }
    // One claim per document it cites (a claim rests on one document); the first keeps the id.
    return [...byDocument].map(([documentId, spans], i) => ({
      id: i === 0 ? entry.id : `${entry.id}@${documentId}`,
      subjectId: entry.subjectId,
      objectId: entry.objectId,
      documentId,
      props: {
        ...entry.props,
        id: i === 0 ? entry.id : `${entry.id}@${documentId}`,
        edgeId: entry.id,
        documentId,
        subjectId: entry.subjectId,
        objectId: entry.objectId,
        citationStarts: spans.starts,
        citationEnds: spans.ends,
        polarity: "asserts",
        hedged: false,
        status: "accepted",
        deferred: false,
        origin: "seed",
        reason: null,
        createdBy: SEED_CURATOR.user,
        createdAt: now,
        decidedBy: SEED_CURATOR.user,
        decidedAt: now,
      },
    }));
  });
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
