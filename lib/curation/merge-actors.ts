import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { aliasId, projectAliases } from "@/lib/curation/aliases";
import {
  EDGE_TYPE_LIST,
  pairOf,
  recomputePairEdges,
  type ActorPair,
} from "@/lib/curation/claim-edges";
import {
  judgementsOf,
  moveAliases,
  moveClaims,
  moveJudgements,
  moveMentions,
  movePassages,
  putEdges,
  setClaimDecisions,
  takeEdges,
  type ClaimMove,
  type ConflictChange,
  type HandEdge,
} from "@/lib/curation/merge-moves";
import { planMerge, readMergedClaims } from "@/lib/curation/merge-plan";
import { claimEdgeIds, conflictStatus, isConflict } from "@/lib/curation/merge-rules";
import type { MergeReport, MergeResponse } from "@/lib/curation/merge-types";
import { readMerge, toMergeRecordProps, type MergeRecord } from "@/lib/curation/merge-records";
import type { MergeActorsBody } from "@/lib/curation/schemas";
import { txRows, writeTx, type Db } from "@/lib/db/session";
import { EDGE_TYPES } from "@/lib/graph/cypher";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import {
  ACTOR_MERGE_LABEL,
  ACTOR_REDIRECT_LABEL,
  ALIAS_LABEL,
  CLAIM_LABEL,
} from "@/lib/graph/schema";
import { serializeValue } from "@/lib/values/serialize";
import { normaliseSurface } from "@/lib/text/surface";

/** Every pair whose edges a move between the two actors changes: each neighbour with both. */
export async function affectedPairs(
  tx: ManagedTransaction,
  ids: [string, string],
): Promise<ActorPair[]> {
  const [row] = await txRows(
    tx,
    `RETURN COLLECT {
         MATCH (c:${CLAIM_LABEL}) WHERE c.subjectId IN $ids OR c.objectId IN $ids
         UNWIND [c.subjectId, c.objectId] AS id
         RETURN DISTINCT id
       } + COLLECT {
         MATCH (a:Actor)-[:${EDGE_TYPE_LIST}]-(n:Actor) WHERE a.id = $mergedId
         RETURN DISTINCT n.id
       } AS neighbours`,
    { ids, mergedId: ids[1] },
  );
  const neighbours = new Set((row?.neighbours as string[] | undefined) ?? []);
  const pairs: ActorPair[] = [pairOf(ids[0], ids[1])];
  for (const n of neighbours) {
    if (ids.includes(n)) continue;
    pairs.push(pairOf(ids[0], n), pairOf(ids[1], n));
  }
  return pairs;
}

/** The merged actor's properties and labels, types kept (integers stay integers). */
async function readActorProps(tx: ManagedTransaction, id: string) {
  const result = await tx.run(`MATCH (a:Actor {id: $id}) RETURN properties(a) AS props`, { id });
  const props = (result.records[0]?.get("props") ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, serializeValue(v)]));
}

/** The merged actor's name stays findable: a strong alias of the survivor, unless it is one. */
async function keepName(tx: ManagedTransaction, report: MergeReport, by: string) {
  const [row] = await txRows(
    tx,
    `MATCH (s:Actor {id: $id})
     RETURN [s.name] + COLLECT { MATCH (a:${ALIAS_LABEL})-[:ALIAS_OF]->(s) RETURN a.text } AS names`,
    { id: report.survivor.id },
  );
  const known = new Set(
    ((row?.names as string[]) ?? []).map((n) => normaliseSurface(n).toLowerCase()),
  );
  const name = report.merged.name;
  if (known.has(normaliseSurface(name).toLowerCase())) return null;
  const id = aliasId(report.survivor.id, name);
  await tx.run(
    `MATCH (s:Actor {id: $survivorId})
     CREATE (a:${ALIAS_LABEL} {id: $id, text: $name, strength: 'strong', rank: 0, addedBy: $by,
                               addedAt: $now})-[:ALIAS_OF]->(s)`,
    { survivorId: report.survivor.id, id, name, by, now: new Date().toISOString() },
  );
  return id;
}

/**
 * Merges `mergedId` into `survivorId` in one transaction (docs/curation.md "Merge and unmerge"):
 * the dry run's report, then every move it lists, the edges of every affected pair recomputed,
 * the merged actor deleted behind a redirect, all recorded in an `(:ActorMerge)` and audited.
 */
export async function mergeActors(
  db: Db,
  actor: AuditActor,
  body: MergeActorsBody,
  /** The unmerge entry this merge reverts (POST /api/history/{id}/revert). */
  revertOf: string | null = null,
): Promise<MergeReport | MergeResponse> {
  const pair = { survivorId: body.survivorId, mergedId: body.mergedId };
  return writeTx(db, async (tx) => {
    const report = await planMerge(tx, pair);
    if (body.dryRun) return report;
    const { survivorId, mergedId } = pair;
    await projectAliases(tx, [survivorId, mergedId]);
    const id = `merge-${randomUUID().replaceAll("-", "")}`;
    const now = new Date().toISOString();
    const mergedProps = await readActorProps(tx, mergedId);
    const before = await edgeIdsOf(tx, survivorId, mergedId);
    const pairs = await affectedPairs(tx, [survivorId, mergedId]);

    const claims = await readMergedClaims(tx, mergedId);
    const edgeIds = claimEdgeIds(claims, report.edges);
    const claimMoves: ClaimMove[] = claims.map((c) => ({
      id: c.id,
      side: c.side,
      fromEdgeId: c.edgeId,
      toEdgeId: edgeIds.get(c.id) ?? c.edgeId,
    }));
    const conflicts: ConflictChange[] = [];
    for (const claim of claims.filter((c) => isConflict(c, pair))) {
      const status = conflictStatus(claim.status);
      if (!status) continue;
      const [row] = await txRows(
        tx,
        `MATCH (c:${CLAIM_LABEL} {id: $id}) RETURN c {.status, .rejectReason, .decidedBy, .decidedAt} AS c`,
        { id: claim.id },
      );
      const was = row?.c as ConflictChange["before"];
      conflicts.push({
        id: claim.id,
        before: {
          status: was.status,
          rejectReason: was.rejectReason ?? null,
          decidedBy: was.decidedBy ?? null,
          decidedAt: was.decidedAt ?? null,
        },
        after: {
          status,
          rejectReason: `names one actor twice since ${report.merged.name} was merged into ${report.survivor.name}`,
          decidedBy: actor.user,
          decidedAt: now,
        },
      });
    }
    const handEdges = report.edges.filter((e) => e.byHand);
    const taken: HandEdge[] = await takeEdges(
      tx,
      handEdges.map((e) => ({ id: e.id, type: EDGE_TYPES[e.family] })),
    );
    const move = { from: mergedId, to: survivorId };
    const moved = {
      mentions: await moveMentions(
        tx,
        report.mentions.map((m) => m.id),
        move,
      ),
      claims: claimMoves,
      conflicts,
      aliases: await moveAliases(
        tx,
        report.aliases.map((a) => a.id),
        move,
      ),
      judgements: await moveJudgements(
        tx,
        (await judgementsOf(tx, mergedId)).filter(
          (j) => !report.warnings.some((w) => w.judgementId === j),
        ),
        move,
      ),
      passages: await movePassages(tx, report.passages, move),
      localAliases: report.localAliases,
      handEdges: taken,
      createdAliasId: await keepName(tx, report, actor.user),
      documentIds: await mergeDocumentIds(tx, survivorId, mergedId),
    };
    await moveClaims(tx, claimMoves, move);
    await setClaimDecisions(
      tx,
      conflicts.map((c) => ({ id: c.id, expected: c.before.status, set: c.after })),
    );
    const { edges, removedEdgeIds } = await recomputePairEdges(tx, pairs);
    await putEdges(tx, taken, (end) => (end === mergedId ? survivorId : end));
    await tx.run(`MATCH (a:Actor {id: $mergedId}) DETACH DELETE a`, { mergedId });
    const record: MergeRecord = {
      id,
      survivorId,
      mergedId,
      mergedName: report.merged.name,
      mergedProps,
      moved,
      by: actor.user,
      at: now,
    };
    await tx.run(
      `CREATE (:${ACTOR_MERGE_LABEL} $props)
       CREATE (:${ACTOR_REDIRECT_LABEL} {id: $mergedId, to: $survivorId, mergeId: $id})`,
      { props: toMergeRecordProps(record), mergedId, survivorId, id },
    );
    await projectAliases(tx, [survivorId]);
    const after = await edgeIdsOf(tx, survivorId, null);
    const entryId = await recordAudit(tx, {
      ...actor,
      action: "actor.merge",
      target: survivorId,
      before: { survivor: report.survivor, merged: report.merged, edges: before },
      after: { mergeId: id, edges: after, removedEdgeIds },
      params: { survivorId, mergedId, ...(revertOf ? { revertOf } : {}) },
      outcome: "ok",
      about: {
        actors: [survivorId, mergedId],
        edges: [...before, ...removedEdgeIds],
        entries: [revertOf],
      },
    });
    await bumpGraphVersion(tx);
    return { entryId, merge: await readMerge(tx, id), report, edges, removedEdgeIds };
  });
}

/** The actors' edge ids, for the audit's before and after. */
export async function edgeIdsOf(
  tx: ManagedTransaction,
  one: string,
  other: string | null,
): Promise<string[]> {
  const [row] = await txRows(
    tx,
    `MATCH (a:Actor)-[r:${EDGE_TYPE_LIST}]-(:Actor)
     WHERE a.id IN $ids
     RETURN collect(DISTINCT r.id) AS ids`,
    { ids: other ? [one, other] : [one] },
  );
  return ((row?.ids as string[] | undefined) ?? []).sort();
}

/** The survivor is named in the merged actor's documents too; returns the ids it gained. */
async function mergeDocumentIds(tx: ManagedTransaction, survivorId: string, mergedId: string) {
  const [row] = await txRows(
    tx,
    `MATCH (s:Actor {id: $survivorId}), (m:Actor {id: $mergedId})
     WITH s, [d IN coalesce(m.documentIds, []) WHERE NOT d IN coalesce(s.documentIds, [])] AS added
     SET s.documentIds = coalesce(s.documentIds, []) + added
     RETURN added`,
    { survivorId, mergedId },
  );
  return (row?.added as string[] | undefined) ?? [];
}
