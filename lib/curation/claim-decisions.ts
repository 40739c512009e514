import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { BadRequest, Conflict } from "@/lib/api/errors";
import type { AuditAbout } from "@/lib/audit/audit-about";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { pairOf, recomputePairEdges, type ActorPair } from "@/lib/curation/claim-edges";
import {
  readClaimProgress,
  linkClaimPassages,
  readClaims,
  rewireClaimActors,
} from "@/lib/curation/claims";
import { readCuratedDocument } from "@/lib/curation/documents";
import type { ClaimDecision, ClaimFields } from "@/lib/curation/schemas";
import type { ClaimView, ClaimWriteResponse, CuratedDocument } from "@/lib/curation/types";
import { txRows, writeTx, type Db } from "@/lib/db/session";
import { slugify } from "@/lib/domain/ids";
import { periodEnd, periodStart } from "@/lib/domain/periods";
import {
  HOSTILITY_KINDS,
  INFLUENCE_KINDS,
  type EdgeFamily,
} from "@/lib/domain/relationship-families";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { firstFreeId } from "@/lib/curation/free-id";
import { EDGE_TYPES } from "@/lib/graph/cypher";
import { CLAIM_LABEL } from "@/lib/graph/schema";
import { str } from "@/lib/graph/values";

type Document = CuratedDocument & { text: string };

/** What an accepted claim must have; a proposal may lack family, kind or weight until then. */
type Complete = Pick<ClaimFields, "subjectId" | "objectId" | "family" | "kind" | "weight"> & {
  citations: { start: number; end: number }[];
};

const KINDS: Partial<Record<EdgeFamily, readonly string[]>> = {
  influence: INFLUENCE_KINDS,
  hostility: HOSTILITY_KINDS,
};

/** The checks every claim passes before it is stored: the field named in each refusal. */
function checkClaim(document: Document, claim: Partial<Complete>, where = ""): void {
  const field = (name: string) => `${where}${name}`;
  if (claim.subjectId && claim.subjectId === claim.objectId) {
    throw new BadRequest(
      `${field("objectId")}: an actor cannot ${claim.kind ?? "relate to"} itself.`,
      {
        field: field("objectId"),
      },
    );
  }
  const kinds = claim.family ? KINDS[claim.family] : undefined;
  if (claim.kind && kinds && !kinds.includes(claim.kind)) {
    throw new BadRequest(
      `${field("kind")}: "${claim.kind}" is not a kind of ${claim.family} (one of ${kinds.join(", ")}).`,
      { field: field("kind") },
    );
  }
  (claim.citations ?? []).forEach((citation, i) => {
    const name = field(`citations.${i}`);
    if (citation.start < document.bodyStart || citation.end > document.bodyEnd) {
      throw new BadRequest(
        `${name}: ${citation.start}–${citation.end} is outside the document's body (${document.bodyStart}–${document.bodyEnd}).`,
        { field: name },
      );
    }
    if (document.text.slice(citation.start, citation.end).trim() === "") {
      throw new BadRequest(`${name}: the passage is empty.`, { field: name });
    }
  });
  if (claim.citations && claim.citations.length === 0) {
    throw new BadRequest(`${field("citations")}: a claim cannot be saved without a passage.`, {
      field: field("citations"),
    });
  }
}

function requireComplete(claim: Partial<Complete>, where: string): asserts claim is Complete {
  for (const name of ["subjectId", "objectId", "family", "kind", "weight"] as const) {
    if (claim[name] === undefined || claim[name] === null) {
      throw new BadRequest(`${where}${name}: an accepted claim needs a ${name}; set it first.`, {
        field: `${where}${name}`,
      });
    }
  }
}

async function checkActors(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const rows = await txRows(tx, "MATCH (a:Actor) WHERE a.id IN $ids RETURN collect(a.id) AS ids", {
    ids,
  });
  const found = new Set((rows[0]?.ids as string[] | undefined) ?? []);
  for (const [i, id] of ids.entries()) {
    if (!found.has(id)) {
      const name = i === 0 ? "subjectId" : "objectId";
      throw new BadRequest(`${name}: no actor with id "${id}".`, { field: name });
    }
  }
}

/**
 * The edge an accepted claim supports or disputes: the one the curator named (it must join the
 * same two actors, in the same direction, in the same family), else the pair's edge of this
 * family and kind, else a new id.
 */
async function resolveEdgeId(
  tx: ManagedTransaction,
  claim: Complete & { id: string; edgeId?: string | null },
): Promise<string> {
  const type = EDGE_TYPES[claim.family];
  if (claim.edgeId) {
    const [edge] = await txRows(
      tx,
      `OPTIONAL MATCH (s:Actor)-[r:${type} {id: $edgeId}]->(t:Actor)
       OPTIONAL MATCH (c:${CLAIM_LABEL} {edgeId: $edgeId}) WHERE c.id <> $claimId
       RETURN s.id AS source, t.id AS target,
              head(collect(c {.subjectId, .objectId, .family})) AS claim`,
      { edgeId: claim.edgeId, claimId: claim.id },
    );
    const other = edge?.claim as { subjectId: string; objectId: string; family: string } | null;
    const source = (edge?.source as string | null) ?? other?.subjectId;
    const target = (edge?.target as string | null) ?? other?.objectId;
    if (!source || (other && other.family !== claim.family)) {
      throw new BadRequest(`edgeId: no ${claim.family} edge "${claim.edgeId}".`, {
        field: "edgeId",
      });
    }
    if (source !== claim.subjectId || target !== claim.objectId) {
      throw new BadRequest(
        `edgeId: the edge "${claim.edgeId}" runs from ${source} to ${target}; this claim from ${claim.subjectId} to ${claim.objectId} (swap it first).`,
        { field: "edgeId" },
      );
    }
    return claim.edgeId;
  }
  const kindProperty = claim.family === "membership" ? "role" : "kind";
  const [found] = await txRows(
    tx,
    // Both actors bound first: the edge is found by expanding into the pair from its smaller
    // side, not by reading every tie of a hub.
    `OPTIONAL MATCH (s:Actor {id: $subjectId}), (o:Actor {id: $objectId})
     OPTIONAL MATCH (s)-[r:${type}]->(o) WHERE r.${kindProperty} = $kind
     WITH collect(DISTINCT r.id) AS edgeIds
     OPTIONAL MATCH (c:${CLAIM_LABEL} {subjectId: $subjectId})
     WHERE c.objectId = $objectId AND c.family = $family AND c.kind = $kind
       AND c.edgeId IS NOT NULL AND c.id <> $claimId
     WITH edgeIds, collect(DISTINCT c.edgeId) AS claimEdgeIds
     RETURN coalesce(head(edgeIds), head(claimEdgeIds)) AS id`,
    { ...claim, claimId: claim.id },
  );
  if (found?.id) return str(found, "id");
  const base = slugify(`${claim.subjectId}-${claim.kind}-${claim.objectId}`);
  // One seek per relationship type: a type disjunction would not use their id constraints.
  const taken = [
    ...Object.values(EDGE_TYPES).map((type) => `EXISTS { ()-[:${type} {id: id}]->() }`),
    `EXISTS { (:${CLAIM_LABEL} {edgeId: id}) }`,
  ].join(" OR ");
  return firstFreeId(tx, base, taken);
}

/** The stored form of a claim's editable fields. */
export function fieldProps(fields: Partial<ClaimFields>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const name of [
    "subjectId",
    "objectId",
    "family",
    "kind",
    "polarity",
    "hedged",
    "weight",
    "summary",
  ] as const) {
    if (fields[name] !== undefined) props[name] = fields[name];
  }
  if (fields.date !== undefined) {
    props.dateStart = fields.date ? periodStart(fields.date.start) : null;
    props.dateEnd = fields.date ? periodEnd(fields.date.end ?? fields.date.start) : null;
    props.dateLabel = fields.date?.label ?? null;
  }
  if (fields.citations !== undefined) {
    props.citationStarts = fields.citations.map((c) => c.start);
    props.citationEnds = fields.citations.map((c) => c.end);
  }
  return props;
}

const asFields = (claim: ClaimView): Partial<Complete> & { edgeId: string | null } => ({
  subjectId: claim.subject.id,
  objectId: claim.object.id,
  family: claim.family ?? undefined,
  kind: claim.kind ?? undefined,
  weight: claim.weight ?? undefined,
  citations: claim.citations.map(({ start, end }) => ({ start, end })),
  edgeId: claim.edgeId,
});

/** What the audit keeps of a claim: enough to see, and to revert, what a decision changed. */
export const auditState = (claim: ClaimView) => ({
  id: claim.id,
  version: claim.version,
  status: claim.status,
  deferred: claim.deferred,
  subjectId: claim.subject.id,
  objectId: claim.object.id,
  family: claim.family,
  kind: claim.kind,
  polarity: claim.polarity,
  hedged: claim.hedged,
  weight: claim.weight,
  summary: claim.summary,
  date: claim.date,
  citations: claim.citations.map(({ start, end }) => ({ start, end })),
  edgeId: claim.edgeId,
  rejectReason: claim.rejectReason,
  decidedBy: claim.decidedBy,
  decidedAt: claim.decidedAt,
});
export type ClaimAuditState = ReturnType<typeof auditState>;

/** What a claim entry is about: the claims, their actors before and after, the edges, the document. */
export function claimEntryAbout(
  documentId: string,
  claims: ClaimView[],
  edgeIds: ReadonlyArray<string | null>,
): AuditAbout {
  return {
    documents: [documentId],
    claims: claims.map((c) => c.id),
    actors: claims.flatMap((c) => [c.subject.id, c.object.id]),
    edges: [...edgeIds, ...claims.map((c) => c.edgeId)],
  };
}

async function lockClaims(
  tx: ManagedTransaction,
  document: Document,
  refs: { id: string; version: number }[],
): Promise<ClaimView[]> {
  await tx.run(
    `UNWIND $ids AS id MATCH (c:${CLAIM_LABEL} {id: id, documentId: $documentId})
     SET c._lock = true REMOVE c._lock`,
    { ids: refs.map((ref) => ref.id), documentId: document.id },
  );
  const claims = await readClaims(
    tx,
    document.id,
    document.text,
    refs.map((ref) => ref.id),
  );
  const found = new Map(claims.map((claim) => [claim.id, claim]));
  return refs.map((ref, index) => {
    const claim = found.get(ref.id);
    if (!claim) {
      throw new BadRequest(`claims.${index}.id: no claim "${ref.id}" in this document.`, {
        field: `claims.${index}.id`,
      });
    }
    if (claim.version !== ref.version) {
      throw new Conflict(
        "version_conflict",
        `Someone else changed the claim ${claim.subject.name} → ${claim.object.name} since you loaded it (now ${claim.status}${claim.decidedBy ? ` by ${claim.decidedBy}` : ""}); reload.`,
        {
          field: `claims.${index}.version`,
          claimId: claim.id,
          current: claim.version,
          claim: auditState(claim),
        },
      );
    }
    return claim;
  });
}

async function finish(
  tx: ManagedTransaction,
  actor: AuditActor,
  document: Document,
  action: string,
  before: ClaimView[],
  claimIds: string[],
  pairs: ActorPair[],
  params: Record<string, unknown> | null,
): Promise<ClaimWriteResponse> {
  const { edges, removedEdgeIds } = await recomputePairEdges(tx, pairs);
  // Both reads sent at once (the driver pipelines a transaction's statements): nothing after
  // this changes a claim, so the progress read now is the one the answer must give.
  const [claims, progress] = await Promise.all([
    readClaims(tx, document.id, document.text, claimIds),
    readClaimProgress(tx, document.id),
  ]);
  await recordAudit(tx, {
    ...actor,
    action: `claim.${action}`,
    target: document.id,
    before: before.map(auditState),
    after: { claims: claims.map(auditState), edges: edges.map((e) => e.id), removedEdgeIds },
    params,
    outcome: "ok",
    about: claimEntryAbout(
      document.id,
      [...before, ...claims],
      [...edges.map((e) => e.id), ...removedEdgeIds],
    ),
  });
  await bumpGraphVersion(tx);
  return { claims, progress, edges, removedEdgeIds };
}

/** `POST /api/documents/{id}/claims`: a claim a curator made from a selection, accepted at once. */
export async function createClaim(
  db: Db,
  actor: AuditActor,
  documentId: string,
  fields: ClaimFields,
): Promise<ClaimWriteResponse> {
  return writeTx(db, async (tx) => {
    // The actors' check is sent with the document's read (one round trip, not two) and awaited
    // after the document's checks, so a refusal names the same field as when they ran in turn.
    const actorsFound = checkActors(tx, [fields.subjectId, fields.objectId]);
    actorsFound.catch(() => {});
    const document = await readCuratedDocument(tx, documentId);
    if (!document.frozenAt) {
      throw new Conflict("not_frozen", "Freeze the document before making claims from it.");
    }
    checkClaim(document, fields);
    await actorsFound;
    const id = `claim-${randomUUID()}`;
    const edgeId = await resolveEdgeId(tx, { ...fields, id });
    const now = new Date().toISOString();
    await tx.run(
      `MATCH (d:Document {id: $documentId}), (s:Actor {id: $subjectId}), (o:Actor {id: $objectId})
       CREATE (c:${CLAIM_LABEL})-[:IN]->(d), (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
       SET c = $props`,
      {
        documentId,
        subjectId: fields.subjectId,
        objectId: fields.objectId,
        props: {
          ...fieldProps(fields),
          id,
          documentId,
          edgeId,
          status: "accepted",
          origin: "manual",
          deferred: false,
          version: 0,
          createdBy: actor.user,
          createdAt: now,
          decidedBy: actor.user,
          decidedAt: now,
        },
      },
    );
    await linkClaimPassages(tx, [id]);
    return finish(
      tx,
      actor,
      document,
      "create",
      [],
      [id],
      [pairOf(fields.subjectId, fields.objectId)],
      {
        edgeId: fields.edgeId ?? null,
      },
    );
  });
}

/** `POST /api/documents/{id}/claims/decide`: accept, reject, defer, reopen, retract or edit. */
export async function decideClaims(
  db: Db,
  actor: AuditActor,
  documentId: string,
  decision: ClaimDecision,
): Promise<ClaimWriteResponse> {
  return writeTx(db, async (tx) => {
    const document = await readCuratedDocument(tx, documentId);
    const before = await lockClaims(tx, document, decision.claims);
    const now = new Date().toISOString();
    const pairs: ActorPair[] = before.map((c) => pairOf(c.subject.id, c.object.id));
    const set = async (claim: ClaimView, props: Record<string, unknown>) => {
      await tx.run(
        `MATCH (c:${CLAIM_LABEL} {id: $id})
         SET c += $props, c.version = c.version + 1`,
        { id: claim.id, props },
      );
    };
    const decided = { decidedBy: actor.user, decidedAt: now };
    const changes = "changes" in decision ? (decision.changes ?? {}) : {};
    for (const [index, claim] of before.entries()) {
      const where = before.length > 1 ? `claims.${index}.` : "";
      switch (decision.action) {
        case "accept":
        case "edit": {
          const merged = { ...asFields(claim), ...changes };
          checkClaim(document, merged, where);
          if (changes.subjectId || changes.objectId) {
            await checkActors(tx, [merged.subjectId!, merged.objectId!]);
          }
          const accepting = decision.action === "accept" || claim.status === "accepted";
          const props = fieldProps(changes);
          if (accepting) {
            requireComplete(merged, where);
            const moved =
              changes.subjectId !== undefined ||
              changes.objectId !== undefined ||
              changes.family !== undefined ||
              changes.kind !== undefined;
            props.edgeId = await resolveEdgeId(tx, {
              ...merged,
              id: claim.id,
              edgeId: changes.edgeId !== undefined ? changes.edgeId : moved ? null : claim.edgeId,
            });
            pairs.push(pairOf(merged.subjectId, merged.objectId));
          }
          if (decision.action === "accept") {
            Object.assign(props, decided, {
              status: "accepted",
              deferred: false,
              rejectReason: null,
            });
          }
          await set(claim, props);
          if (changes.subjectId || changes.objectId) {
            await rewireClaimActors(tx, [claim.id]);
          }
          if (accepting) await linkClaimPassages(tx, [claim.id]);
          break;
        }
        case "reject":
          await set(claim, {
            ...decided,
            status: "rejected",
            deferred: false,
            rejectReason: decision.reason,
          });
          break;
        case "defer":
          if (claim.status !== "proposed") {
            throw new BadRequest(
              `${where}action: only a proposed claim can be deferred (this one is ${claim.status}).`,
              {
                field: `${where}action`,
              },
            );
          }
          await set(claim, { deferred: true });
          break;
        case "reopen":
          await set(claim, {
            status: "proposed",
            deferred: false,
            decidedBy: null,
            decidedAt: null,
            rejectReason: null,
          });
          break;
        case "retract":
          if (claim.status !== "accepted") {
            throw new BadRequest(
              `${where}action: only an accepted claim can be retracted (this one is ${claim.status}).`,
              {
                field: `${where}action`,
              },
            );
          }
          await set(claim, { ...decided, status: "retracted", rejectReason: decision.reason });
          break;
      }
    }
    return finish(
      tx,
      actor,
      document,
      decision.action,
      before,
      before.map((c) => c.id),
      pairs,
      "changes" in decision && decision.changes ? { changes: decision.changes } : null,
    );
  });
}
