import { Conflict, NotFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { projectAliases } from "@/lib/curation/aliases";
import { recomputePairEdges } from "@/lib/curation/claim-edges";
import { affectedPairs, edgeIdsOf } from "@/lib/curation/merge-actors";
import {
  moveAliases,
  moveClaims,
  moveJudgements,
  moveMentions,
  movePassages,
  putEdges,
  setClaimDecisions,
  takeEdges,
} from "@/lib/curation/merge-moves";
import { lockMergeRecord, readMerge } from "@/lib/curation/merge-records";
import type { UnmergeResponse } from "@/lib/curation/merge-types";
import { txRows, writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import {
  ACTOR_KIND_LABELS,
  ACTOR_MERGE_LABEL,
  ACTOR_REDIRECT_LABEL,
  ALIAS_LABEL,
  PASSAGE_MENTIONS_TYPE,
} from "@/lib/graph/schema";
import type { ActorKind } from "@/lib/domain/actor-kinds";
import { deserializeValue } from "@/lib/values/deserialize";

type NotRestored = UnmergeResponse["notRestored"];

const missing = (
  what: NotRestored[number]["what"],
  all: string[],
  moved: string[],
  reason: string,
) => all.filter((id) => !moved.includes(id)).map((id) => ({ what, id, reason }));

/**
 * Undoes a merge in one transaction: the merged actor comes back with its id, kind and
 * properties; exactly what the merge moved goes back where it still is on the survivor (the rest
 * is reported); the redirect goes, the affected pairs' edges are recomputed, audited.
 */
export async function unmergeActors(
  db: Db,
  actor: AuditActor,
  mergeId: string,
  /** The merge entry this unmerge reverts (POST /api/history/{id}/revert). */
  revertOf: string | null = null,
): Promise<UnmergeResponse> {
  return writeTx(db, async (tx) => {
    const record = await lockMergeRecord(tx, mergeId);
    if (!record) throw new NotFound(`No merge with id "${mergeId}".`);
    const { survivorId, mergedId, moved } = record;
    if (record.undoneAt) {
      throw new Conflict(
        "already_unmerged",
        `id: the merge ${mergeId} was undone at ${record.undoneAt}.`,
        {
          field: "id",
        },
      );
    }
    const [state] = await txRows(
      tx,
      `OPTIONAL MATCH (s:Actor {id: $survivorId})
       OPTIONAL MATCH (m:Actor {id: $mergedId})
       OPTIONAL MATCH (r:${ACTOR_REDIRECT_LABEL} {id: $survivorId})
       RETURN s IS NOT NULL AS survivor, m IS NOT NULL AS taken, r.mergeId AS laterMerge`,
      { survivorId, mergedId },
    );
    if (!state?.survivor) {
      throw new Conflict(
        "survivor_merged",
        `id: ${survivorId} was itself merged since${state?.laterMerge ? ` (merge ${String(state.laterMerge)})` : ""}; unmerge that first.`,
        { field: "id", laterMerge: state?.laterMerge ?? null },
      );
    }
    if (state.taken) {
      throw new Conflict(
        "actor_exists",
        `id: an actor "${mergedId}" exists again; it cannot come back.`,
        {
          field: "id",
        },
      );
    }
    const before = await edgeIdsOf(tx, survivorId, null);
    const kind = deserializeValue(record.mergedProps.kind ?? null) as ActorKind;
    // The label comes from the closed kind list, never from the request.
    await tx.run(`CREATE (a:Actor:${ACTOR_KIND_LABELS[kind] ?? "Actor"}) SET a = $props`, {
      props: Object.fromEntries(
        Object.entries(record.mergedProps).map(([k, v]) => [k, deserializeValue(v)]),
      ),
    });
    const back = { from: survivorId, to: mergedId };
    const claimMoves = moved.claims.map((m) => ({
      ...m,
      fromEdgeId: m.toEdgeId,
      toEdgeId: m.fromEdgeId,
    }));
    const restored = {
      mentions: await moveMentions(tx, moved.mentions, back),
      claims: await moveClaims(tx, claimMoves, back),
      aliases: await moveAliases(tx, moved.aliases, back),
      judgements: await moveJudgements(tx, moved.judgements, back),
    };
    await setClaimDecisions(
      tx,
      moved.conflicts.map((c) => ({ id: c.id, expected: c.after.status, set: c.before })),
    );
    const passages = await movePassages(
      tx,
      moved.passages.filter((p) => p.added).map((p) => p.id),
      back,
    );
    // Passages that named both keep the survivor and name the merged actor again.
    await tx.run(
      `MATCH (a:Actor {id: $mergedId})
       UNWIND $ids AS id MATCH (p:Passage {id: id}) MERGE (p)-[:${PASSAGE_MENTIONS_TYPE}]->(a)`,
      { mergedId, ids: moved.passages.filter((p) => !p.added).map((p) => p.id) },
    );
    if (moved.createdAliasId) {
      await tx.run(`MATCH (a:${ALIAS_LABEL} {id: $id}) DETACH DELETE a`, {
        id: moved.createdAliasId,
      });
    }
    await tx.run(
      `MATCH (s:Actor {id: $survivorId})
       SET s.documentIds = [d IN coalesce(s.documentIds, []) WHERE NOT d IN $added]`,
      { survivorId, added: moved.documentIds },
    );
    await takeEdges(tx, moved.handEdges);
    const { edges, removedEdgeIds } = await recomputePairEdges(
      tx,
      await affectedPairs(tx, [survivorId, mergedId]),
    );
    await putEdges(tx, moved.handEdges, (end) => end);
    await tx.run(
      `MATCH (r:${ACTOR_REDIRECT_LABEL} {id: $mergedId, mergeId: $mergeId}) DELETE r
       WITH count(*) AS _
       MATCH (m:${ACTOR_MERGE_LABEL} {id: $mergeId}) SET m.undoneBy = $by, m.undoneAt = $now`,
      { mergedId, mergeId, by: actor.user, now: new Date().toISOString() },
    );
    // The merge projected the survivor's aliases, so a text no Alias stands for is one that left:
    // the projection must not adopt it as a legacy alias.
    await tx.run(
      `MATCH (s:Actor {id: $survivorId})
       SET s.aliases = [t IN coalesce(s.aliases, [])
                        WHERE EXISTS { (:${ALIAS_LABEL} {text: t})-[:ALIAS_OF]->(s) }]`,
      { survivorId },
    );
    await projectAliases(tx, [survivorId, mergedId]);
    const notRestored: NotRestored = [
      ...missing("mention", moved.mentions, restored.mentions, "no longer linked to the survivor"),
      ...missing(
        "claim",
        moved.claims.map((c) => c.id),
        restored.claims,
        "no longer names the survivor",
      ),
      ...missing("alias", moved.aliases, restored.aliases, "no longer an alias of the survivor"),
      ...missing(
        "judgement",
        moved.judgements,
        restored.judgements,
        "no longer names the survivor",
      ),
    ];
    const afterEdges = await edgeIdsOf(tx, survivorId, mergedId);
    const entryId = await recordAudit(tx, {
      ...actor,
      action: "actor.unmerge",
      target: mergedId,
      before: { mergeId, edges: before },
      after: {
        edges: afterEdges,
        removedEdgeIds,
        restored: { ...restored, passages: passages.map((p) => p.id) },
        notRestored,
      },
      params: { mergeId, survivorId, mergedId, ...(revertOf ? { revertOf } : {}) },
      outcome: "ok",
      about: {
        actors: [survivorId, mergedId],
        edges: [...before, ...afterEdges, ...removedEdgeIds],
        entries: [revertOf],
      },
    });
    await bumpGraphVersion(tx);
    return {
      entryId,
      merge: await readMerge(tx, mergeId),
      restored: {
        mentions: restored.mentions.length,
        claims: restored.claims.length,
        aliases: restored.aliases.length,
        judgements: restored.judgements.length,
      },
      notRestored,
      edges,
      removedEdgeIds,
    };
  });
}
