import type { ManagedTransaction } from "neo4j-driver";
import { Conflict } from "@/lib/api/errors";
import { AUDIT_REF_LABEL, aboutRef } from "@/lib/audit/audit-about";
import { AUDIT_ENTRY_LABEL, recordAudit, type AuditEntry } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import {
  auditState,
  claimEntryAbout,
  fieldProps,
  type ClaimAuditState,
} from "@/lib/curation/claim-decisions";
import { pairOf, recomputePairEdges, type ActorPair } from "@/lib/curation/claim-edges";
import { linkClaimPassages, readClaimProgress, readClaims } from "@/lib/curation/claims";
import { readCuratedDocument } from "@/lib/curation/documents";
import type { ClaimView, ClaimWriteResponse } from "@/lib/curation/types";
import { txRows } from "@/lib/db/session";
import { CLAIM_LABEL } from "@/lib/graph/schema";

export type ClaimRevertResult = ClaimWriteResponse & { entryId: string };

/** The newest entry about a claim after `since`: who changed it since the entry being reverted. */
async function lastChange(tx: ManagedTransaction, claimId: string, since: string) {
  const [row] = await txRows(
    tx,
    `MATCH (r:${AUDIT_REF_LABEL} {ref: $ref}) WHERE r.at > $since
     MATCH (a:${AUDIT_ENTRY_LABEL} {id: r.entryId})
     RETURN a {.id, .user, .at, .action} AS change ORDER BY r.at DESC LIMIT 1`,
    { ref: aboutRef("claim", claimId), since },
  );
  return (
    (row?.change as { id: string; user: string; at: string; action: string } | undefined) ?? null
  );
}

/** Refuses unless every claim the entry changed is still at the version the entry left it. */
async function checkUnchanged(
  tx: ManagedTransaction,
  entry: AuditEntry,
  recorded: ClaimAuditState[],
  current: Map<string, ClaimView>,
): Promise<void> {
  for (const state of recorded) {
    const claim = current.get(state.id);
    if (claim && claim.version === state.version) continue;
    const change = await lastChange(tx, state.id, entry.at);
    const who = change
      ? `${change.user} made "${change.action}" at ${change.at}`
      : claim?.decidedBy
        ? `${claim.decidedBy} changed it at ${claim.decidedAt}`
        : "it was changed";
    const name = claim ? `${claim.subject.name} → ${claim.object.name}` : state.id;
    throw new Conflict(
      "revert_conflict",
      claim
        ? `The claim ${name} changed since this entry: ${who}; it is now ${claim.status} (version ${claim.version}, the entry left version ${state.version}). Revert that change first, or edit the claim by hand.`
        : `The claim ${state.id} no longer exists; nothing to revert.`,
      {
        claimId: state.id,
        entryVersion: state.version,
        current: claim ? auditState(claim) : null,
        since: change,
      },
    );
  }
}

/** The stored form of a recorded state; a created claim's revert retracts it. */
function restoredProps(
  state: ClaimAuditState | undefined,
  now: ClaimAuditState,
  actor: AuditActor,
) {
  if (!state) {
    return {
      status: "retracted",
      deferred: false,
      decidedBy: actor.user,
      decidedAt: new Date().toISOString(),
    };
  }
  return {
    ...fieldProps({
      subjectId: state.subjectId,
      objectId: state.objectId,
      family: state.family ?? undefined,
      kind: state.kind ?? undefined,
      polarity: state.polarity,
      hedged: state.hedged,
      weight: state.weight ?? undefined,
      summary: state.summary,
      date: state.date
        ? { start: state.date.start, end: state.date.end, label: state.date.label }
        : null,
      citations: state.citations,
    }),
    family: state.family,
    kind: state.kind,
    weight: state.weight,
    status: state.status,
    deferred: state.deferred,
    edgeId: state.edgeId,
    rejectReason: state.rejectReason,
    // Entries written before decidedBy was recorded: the reverting curator stands for the decision.
    decidedBy:
      state.status === "proposed" ? null : (state.decidedBy ?? now.decidedBy ?? actor.user),
    decidedAt: state.status === "proposed" ? null : (state.decidedAt ?? now.decidedAt),
  };
}

/**
 * Puts every claim a claim entry (or a revert of one) changed back to the state the entry found
 * it in, if nobody changed it since; the edges are recomputed and the revert is an entry of its
 * own (so it can be reverted too). The caller (revertEntry) moves the graph version on.
 */
export async function revertClaimEntry(
  tx: ManagedTransaction,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<ClaimRevertResult> {
  const before = (entry.before as ClaimAuditState[] | null) ?? [];
  const after = (entry.after as { claims?: ClaimAuditState[] } | null)?.claims ?? [];
  const document = await readCuratedDocument(tx, entry.target ?? "");
  const ids = after.map((state) => state.id);
  await tx.run(`MATCH (c:${CLAIM_LABEL}) WHERE c.id IN $ids SET c._lock = true REMOVE c._lock`, {
    ids,
  });
  const current = await readClaims(tx, document.id, document.text, ids);
  const byId = new Map(current.map((claim) => [claim.id, claim]));
  await checkUnchanged(tx, entry, after, byId);
  const pairs: ActorPair[] = [];
  for (const now of after) {
    const state = before.find((b) => b.id === now.id);
    pairs.push(pairOf(now.subjectId, now.objectId));
    if (state) pairs.push(pairOf(state.subjectId, state.objectId));
    await tx.run(`MATCH (c:${CLAIM_LABEL} {id: $id}) SET c += $props, c.version = c.version + 1`, {
      id: now.id,
      props: restoredProps(state, now, actor),
    });
    if (state && (state.subjectId !== now.subjectId || state.objectId !== now.objectId)) {
      await tx.run(
        `MATCH (c:${CLAIM_LABEL} {id: $id})-[old:SUBJECT|OBJECT]->() DELETE old
           WITH DISTINCT c
           MATCH (s:Actor {id: c.subjectId}), (o:Actor {id: c.objectId})
           CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)`,
        { id: now.id },
      );
    }
    if (state?.status === "accepted") await linkClaimPassages(tx, [now.id]);
  }
  const { edges, removedEdgeIds } = await recomputePairEdges(tx, pairs);
  const claims = await readClaims(tx, document.id, document.text, ids);
  const revertId = await recordAudit(tx, {
    ...actor,
    action: "revert",
    target: document.id,
    before: current.map(auditState),
    after: { claims: claims.map(auditState), edges: edges.map((e) => e.id), removedEdgeIds },
    params: { entryId: entry.id, action: entry.action, kind: "claims" },
    outcome: "ok",
    about: {
      ...claimEntryAbout(
        document.id,
        [...current, ...claims],
        [...edges.map((e) => e.id), ...removedEdgeIds],
      ),
      entries: [entry.id],
    },
  });
  return {
    entryId: revertId,
    claims,
    progress: await readClaimProgress(tx, document.id),
    edges,
    removedEdgeIds,
  };
}
