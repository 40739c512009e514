import type { ManagedTransaction } from "neo4j-driver";
import { readPairEdges, pairOf, type ActorPair } from "@/lib/curation/claim-edges";
import { readCuratedDocument } from "@/lib/curation/documents";
import type { ClaimOrigin, ClaimStatus } from "@/lib/curation/schemas";
import type { ClaimProgress, ClaimsResponse, ClaimView } from "@/lib/curation/types";
import { readTx, txRows, type Db, type Row } from "@/lib/db/session";
import type { EdgeFamily } from "@/lib/domain/relationship-families";
import { CLAIM_LABEL, MENTION_LABEL } from "@/lib/graph/schema";
import { bool, int, str, strOrNull } from "@/lib/graph/values";
import { proposeClaims, proposalKey } from "@/lib/text/claim-proposals";
import { bodySentences } from "@/lib/text/sentences";
import type { ClaimPolarity, LinkedSpan } from "@/lib/text/types";

/** What a claim view is read from: the claim and its endpoints' names. */
export const CLAIM_FIELDS = (c: string) => `${c} {
  .id, .version, .documentId, .status, .origin, .reason, .family, .kind, .polarity, .weight,
  .summary, .dateStart, .dateEnd, .dateLabel, .attribution, .edgeId, .rejectReason, .createdBy,
  .createdAt, .decidedBy, .decidedAt, .subjectId, .objectId, .citationStarts, .citationEnds,
  deferred: coalesce(${c}.deferred, false), hedged: coalesce(${c}.hedged, false),
  subjectName: head(COLLECT { MATCH (${c})-[:SUBJECT]->(a:Actor) RETURN a.name }),
  objectName: head(COLLECT { MATCH (${c})-[:OBJECT]->(a:Actor) RETURN a.name })
}`;

export function toClaimView(row: Row, text: string): ClaimView {
  const starts = (row.citationStarts as number[] | null) ?? [];
  const ends = (row.citationEnds as number[] | null) ?? [];
  const dateStart = strOrNull(row, "dateStart");
  const dateEnd = strOrNull(row, "dateEnd");
  return {
    id: str(row, "id"),
    version: int(row, "version"),
    documentId: str(row, "documentId"),
    status: str(row, "status") as ClaimStatus,
    deferred: bool(row, "deferred"),
    origin: str(row, "origin") as ClaimOrigin,
    reason: strOrNull(row, "reason"),
    subject: { id: str(row, "subjectId"), name: strOrNull(row, "subjectName") ?? "" },
    object: { id: str(row, "objectId"), name: strOrNull(row, "objectName") ?? "" },
    family: strOrNull(row, "family") as EdgeFamily | null,
    kind: strOrNull(row, "kind"),
    polarity: str(row, "polarity") as ClaimPolarity,
    hedged: bool(row, "hedged"),
    weight: typeof row.weight === "number" ? row.weight : null,
    summary: strOrNull(row, "summary"),
    date:
      dateStart && dateEnd
        ? { start: dateStart, end: dateEnd, label: strOrNull(row, "dateLabel") }
        : null,
    attribution: strOrNull(row, "attribution"),
    citations: starts.map((start, i) => ({
      start,
      end: ends[i]!,
      text: text.slice(start, ends[i]!),
    })),
    edgeId: strOrNull(row, "edgeId"),
    rejectReason: strOrNull(row, "rejectReason"),
    createdBy: str(row, "createdBy"),
    createdAt: str(row, "createdAt"),
    decidedBy: strOrNull(row, "decidedBy"),
    decidedAt: strOrNull(row, "decidedAt"),
  };
}

/** A document's claims in reading order: by their first citation, then nearest pairs first. */
export async function readClaims(
  tx: ManagedTransaction,
  documentId: string,
  text: string,
  ids?: string[],
): Promise<ClaimView[]> {
  // Given ids, each claim is sought by its id, not found among all of a long document's claims.
  const match = ids
    ? `UNWIND $ids AS id MATCH (c:${CLAIM_LABEL} {id: id}) WHERE c.documentId = $documentId`
    : `MATCH (c:${CLAIM_LABEL} {documentId: $documentId})`;
  const rows = await txRows(
    tx,
    `${match}
     RETURN ${CLAIM_FIELDS("c")} AS claim
     ORDER BY c.citationStarts[0], coalesce(c.distance, 0), c.id`,
    { documentId, ids: ids ?? null },
  );
  return rows.map((row) => toClaimView(row.claim as Row, text));
}

export function claimProgress(claims: ClaimView[]): ClaimProgress {
  const count = (status: ClaimStatus) => claims.filter((c) => c.status === status).length;
  return {
    total: claims.length,
    proposed: claims.filter((c) => c.status === "proposed" && !c.deferred).length,
    deferred: claims.filter((c) => c.status === "proposed" && c.deferred).length,
    accepted: count("accepted"),
    rejected: count("rejected"),
    retracted: count("retracted"),
  };
}

/**
 * The same counts as claimProgress, from the database: a decision answers with the document's
 * progress, and reading every claim of a long document for it was most of a decision's time.
 */
export async function readClaimProgress(
  tx: ManagedTransaction,
  documentId: string,
): Promise<ClaimProgress> {
  const rows = await txRows(
    tx,
    `MATCH (c:${CLAIM_LABEL} {documentId: $documentId})
     RETURN c.status AS status, coalesce(c.deferred, false) AS deferred, count(*) AS n`,
    { documentId },
  );
  const progress: ClaimProgress = {
    total: 0,
    proposed: 0,
    deferred: 0,
    accepted: 0,
    rejected: 0,
    retracted: 0,
  };
  for (const row of rows) {
    const n = Number(row.n);
    const status = String(row.status) as ClaimStatus;
    progress.total += n;
    if (status === "proposed") progress[row.deferred ? "deferred" : "proposed"] += n;
    else if (status in progress) progress[status as Exclude<ClaimStatus, "proposed">] += n;
  }
  return progress;
}

export const claimPairs = (claims: ClaimView[]): ActorPair[] =>
  claims.map((claim) => pairOf(claim.subject.id, claim.object.id));

/** The kinds a curator chose last, most recent first: the kind picker lists them on top. */
async function recentKinds(tx: ManagedTransaction, user: string): Promise<string[]> {
  const rows = await txRows(
    tx,
    `MATCH (c:${CLAIM_LABEL}) WHERE c.decidedBy = $user AND c.kind IS NOT NULL
     WITH c ORDER BY c.decidedAt DESC LIMIT 200
     RETURN collect(c.kind) AS kinds`,
    { user },
  );
  return [...new Set((rows[0]?.kinds as string[] | undefined) ?? [])].slice(0, 8);
}

/** `GET /api/documents/{id}/claims`. */
export async function getDocumentClaims(
  db: Db,
  documentId: string,
  user: string,
): Promise<ClaimsResponse> {
  return readTx(db, async (tx) => {
    const document = await readCuratedDocument(tx, documentId);
    const claims = await readClaims(tx, documentId, document.text);
    const mentions = await readLinkedSpans(tx, documentId);
    const actors = await txRows(
      tx,
      `MATCH (a:Actor) WHERE a.id IN $ids
       RETURN a.id AS id, a.name AS name, a.kind AS kind ORDER BY name`,
      { ids: [...new Set(mentions.map((m) => m.actorId))] },
    );
    return {
      document,
      claims,
      progress: claimProgress(claims),
      pairEdges: await readPairEdges(tx, claimPairs(claims)),
      recentKinds: await recentKinds(tx, user),
      actors: actors.map((row) => ({
        id: str(row, "id"),
        name: str(row, "name"),
        kind: str(row, "kind"),
      })),
      mentions,
      sentences: bodySentences(document.text, document.bodyStart, document.bodyEnd),
    };
  });
}

/** The document's linked mentions: the actors its sentences name. */
async function readLinkedSpans(tx: ManagedTransaction, documentId: string): Promise<LinkedSpan[]> {
  const rows = await txRows(
    tx,
    `MATCH (m:${MENTION_LABEL} {documentId: $documentId, status: 'linked'})-[:REFERS_TO]->(a:Actor)
     RETURN m.start AS start, m.end AS end, a.id AS actorId ORDER BY start`,
    { documentId },
  );
  return rows.map((row) => ({
    start: int(row, "start"),
    end: int(row, "end"),
    actorId: str(row, "actorId"),
  }));
}

/**
 * Proposes claims from the document's linked mentions and stores the new ones, in the caller's
 * transaction (after every analysis and every mention decision). A proposal is found again by its
 * key: one a curator decided (rejected, accepted, edited) keeps that decision; undecided ones the
 * analysis no longer makes (an actor unlinked) are dropped. A pair that an accepted claim of this
 * document already cites inside the sentence is not proposed again.
 */
export async function storeClaimProposals(
  tx: ManagedTransaction,
  documentId: string,
): Promise<number> {
  const [document] = await txRows(
    tx,
    `MATCH (d:Document {id: $documentId})
     RETURN d.text AS text, d.bodyStart AS bodyStart, d.bodyEnd AS bodyEnd`,
    { documentId },
  );
  if (!document) return 0;
  const mentions = await readLinkedSpans(tx, documentId);
  const accepted = await txRows(
    tx,
    `MATCH (c:${CLAIM_LABEL} {documentId: $documentId}) WHERE c.status = 'accepted'
     RETURN c.subjectId AS subjectId, c.objectId AS objectId, c.citationStarts AS starts,
            c.citationEnds AS ends`,
    { documentId },
  );
  const covered = (start: number, end: number, a: string, b: string) =>
    accepted.some((claim) => {
      if (pairOf(str(claim, "subjectId"), str(claim, "objectId")).join() !== pairOf(a, b).join()) {
        return false;
      }
      const starts = (claim.starts as number[] | null) ?? [];
      const ends = (claim.ends as number[] | null) ?? [];
      return starts.some((s, i) => s < end && ends[i]! > start);
    });
  const proposals = proposeClaims({
    text: str(document, "text"),
    bodyStart: int(document, "bodyStart"),
    bodyEnd: int(document, "bodyEnd"),
    mentions,
  })
    .filter((p) => !covered(p.start, p.end, p.subjectId, p.objectId))
    .map((p) => {
      const key = proposalKey(documentId, p.start, p.end, p.subjectId, p.objectId);
      return {
        key,
        props: {
          id: `claim-${key}`,
          documentId,
          status: "proposed",
          origin: "proposal",
          reason: p.reason,
          family: p.family,
          kind: p.kind,
          polarity: p.polarity,
          hedged: p.hedged,
          weight: p.weight,
          attribution: p.attribution,
          distance: p.distance,
          subjectId: p.subjectId,
          objectId: p.objectId,
          citationStarts: [p.start],
          citationEnds: [p.end],
          createdBy: "analysis",
        },
      };
    });
  await tx.run(
    `MATCH (c:${CLAIM_LABEL} {documentId: $documentId, origin: 'proposal', status: 'proposed'})
     WHERE c.decidedBy IS NULL AND NOT c.proposalKey IN $keys
     DETACH DELETE c`,
    { documentId, keys: proposals.map((p) => p.key) },
  );
  const [created] = await txRows(
    tx,
    `MATCH (d:Document {id: $documentId})
     UNWIND $proposals AS row
     MERGE (c:${CLAIM_LABEL} {proposalKey: row.key})
     ON CREATE SET c += row.props, c.version = 0, c.createdAt = $now, c._new = true
     WITH c, d WHERE c._new
     REMOVE c._new
     CREATE (c)-[:IN]->(d)
     WITH c
     MATCH (s:Actor {id: c.subjectId}), (o:Actor {id: c.objectId})
     CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
     RETURN count(c) AS n`,
    { documentId, proposals, now: new Date().toISOString() },
  );
  return created ? int(created, "n") : 0;
}

/** Points the claims' SUBJECT and OBJECT at the actors their `subjectId` and `objectId` name. */
export async function rewireClaimActors(tx: ManagedTransaction, claimIds: string[]): Promise<void> {
  await tx.run(
    `UNWIND $claimIds AS claimId
     MATCH (c:${CLAIM_LABEL} {id: claimId})
     OPTIONAL MATCH (c)-[old:SUBJECT|OBJECT]->()
     DELETE old
     WITH DISTINCT c
     MATCH (s:Actor {id: c.subjectId}), (o:Actor {id: c.objectId})
     CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)`,
    { claimIds },
  );
}

/** The passages an accepted claim cites: made from its spans, ranked in its order. */
export async function linkClaimPassages(tx: ManagedTransaction, claimIds: string[]): Promise<void> {
  await tx.run(
    `UNWIND $claimIds AS claimId
     MATCH (c:${CLAIM_LABEL} {id: claimId})-[:IN]->(d:Document)
     OPTIONAL MATCH (c)-[old:CITES]->()
     DELETE old
     WITH DISTINCT c, d
     UNWIND range(0, size(coalesce(c.citationStarts, [])) - 1) AS rank
     // Offsets arrive from JavaScript as floats: the id is written from their integer values.
     WITH c, d, rank, toInteger(c.citationStarts[rank]) AS start, toInteger(c.citationEnds[rank]) AS end
     MERGE (p:Passage {id: d.id + ':' + toString(start) + '-' + toString(end)})
     ON CREATE SET p.documentId = d.id, p.start = start, p.end = end,
                   p.text = substring(d.text, start, end - start)
     MERGE (p)-[:PART_OF]->(d)
     CREATE (c)-[:CITES {rank: rank}]->(p)
     WITH c, p
     MATCH (c)-[:SUBJECT|OBJECT]->(a:Actor)
     MERGE (p)-[:MENTIONS]->(a)`,
    { claimIds },
  );
}
