import type { ManagedTransaction } from "neo4j-driver";
import { BadRequest, Conflict } from "@/lib/api/errors";
import { EDGE_TYPE_LIST, FAMILY_OF_TYPE } from "@/lib/curation/claim-edges";
import {
  claimSide,
  isConflict,
  planEdges,
  type EdgeRow,
  type MergePair,
} from "@/lib/curation/merge-rules";
import type {
  MergeActorRef,
  MergeClaim,
  MergeReport,
  MergeWarning,
} from "@/lib/curation/merge-types";
import type { ClaimStatus } from "@/lib/curation/types";
import { txRows, type Row } from "@/lib/db/session";
import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { EdgeFamily } from "@/lib/domain/relationship-families";
import {
  ACTOR_REDIRECT_LABEL,
  ALIAS_LABEL,
  CLAIM_LABEL,
  LOCAL_ALIAS_TYPE,
  MENTION_JUDGEMENT_LABEL,
  MENTION_LABEL,
  NAME_JUDGEMENT_LABEL,
  PASSAGE_MENTIONS_TYPE,
} from "@/lib/graph/schema";
import { int, str, strOrNull, strings } from "@/lib/graph/values";
import { normaliseSurface } from "@/lib/text/surface";

/** The two actors, locked, or the refusal that names the field at fault. */
export async function mergeActorsOf(
  tx: ManagedTransaction,
  pair: MergePair,
): Promise<{ survivor: MergeActorRef; merged: MergeActorRef }> {
  if (pair.survivorId === pair.mergedId) {
    throw new BadRequest("mergedId: an actor cannot be merged into itself.", { field: "mergedId" });
  }
  const rows = await txRows(
    tx,
    `UNWIND $ids AS id
     OPTIONAL MATCH (a:Actor {id: id})
     SET a._lock = true REMOVE a._lock
     WITH id, a
     OPTIONAL MATCH (r:${ACTOR_REDIRECT_LABEL} {id: id})
     RETURN id, a {.id, .name, .kind} AS actor, r {.to, .mergeId} AS redirect`,
    { ids: [pair.survivorId, pair.mergedId] },
  );
  const found = (field: "survivorId" | "mergedId"): MergeActorRef => {
    const row = rows.find((r) => r.id === pair[field]);
    const actor = row?.actor as Row | null;
    if (actor)
      return {
        id: str(actor, "id"),
        name: str(actor, "name"),
        kind: str(actor, "kind") as ActorKind,
      };
    const redirect = row?.redirect as Row | null;
    if (redirect) {
      throw new Conflict(
        "already_merged",
        `${field}: "${pair[field]}" was merged into "${str(redirect, "to")}" already (merge ${str(redirect, "mergeId")}).`,
        { field, to: str(redirect, "to"), mergeId: str(redirect, "mergeId") },
      );
    }
    throw new BadRequest(`${field}: no actor with id "${pair[field]}".`, { field });
  };
  return { survivor: found("survivorId"), merged: found("mergedId") };
}

/** Every edge of either actor, with how many claims stand behind it. */
async function readEdges(tx: ManagedTransaction, pair: MergePair): Promise<EdgeRow[]> {
  const rows = await txRows(
    tx,
    `UNWIND [$survivorId, $mergedId] AS id
     MATCH (:Actor {id: id})-[r:${EDGE_TYPE_LIST}]-(:Actor)
     WITH DISTINCT r
     MATCH (s)-[r]->(t)
     RETURN r.id AS id, type(r) AS type, coalesce(r.kind, r.role) AS kind, s.id AS source,
            t.id AS target, size(coalesce(r.claimIds, [])) AS claimCount,
            r.claimIds IS NULL AND NOT EXISTS { (:${CLAIM_LABEL} {edgeId: r.id}) } AS byHand`,
    { ...pair },
  );
  return rows.map((row) => ({
    id: str(row, "id"),
    family: FAMILY_OF_TYPE[str(row, "type")]!,
    kind: strOrNull(row, "kind") ?? "",
    source: str(row, "source"),
    target: str(row, "target"),
    claimCount: int(row, "claimCount"),
    byHand: row.byHand === true,
  }));
}

/** The claims naming the merged actor, with the edge each belongs to. */
export async function readMergedClaims(
  tx: ManagedTransaction,
  mergedId: string,
): Promise<MergeClaim[]> {
  const rows = await txRows(
    tx,
    `MATCH (c:${CLAIM_LABEL}) WHERE c.subjectId = $mergedId OR c.objectId = $mergedId
     RETURN c {.id, .documentId, .status, .family, .kind, .subjectId, .objectId, .edgeId} AS claim
     ORDER BY c.documentId, c.id`,
    { mergedId },
  );
  return rows.map(({ claim }) => {
    const row = claim as Row;
    const ids = { subjectId: str(row, "subjectId"), objectId: str(row, "objectId") };
    return {
      id: str(row, "id"),
      documentId: str(row, "documentId"),
      side: claimSide(ids, mergedId),
      status: str(row, "status") as ClaimStatus,
      family: strOrNull(row, "family") as EdgeFamily | null,
      kind: strOrNull(row, "kind"),
      ...ids,
      edgeId: strOrNull(row, "edgeId"),
    };
  });
}

async function readAttachments(tx: ManagedTransaction, mergedId: string) {
  const [row] = await txRows(
    tx,
    `MATCH (a:Actor {id: $mergedId})
     RETURN COLLECT {
         MATCH (m:${MENTION_LABEL}) WHERE (m)-[:REFERS_TO]->(a) OR m.candidateId = a.id
         RETURN m {.id, .documentId, .text, .status} ORDER BY m.documentId, m.start
       } AS mentions,
       COLLECT {
         MATCH (alias:${ALIAS_LABEL})-[:ALIAS_OF]->(a)
         RETURN alias {.id, .text, .strength} ORDER BY alias.addedAt, alias.text
       } AS aliases,
       COLLECT {
         MATCH (a)-[k:${LOCAL_ALIAS_TYPE}]->(d:Document)
         RETURN {documentId: d.id, aliases: k.aliases} ORDER BY d.id
       } AS localAliases,
       COLLECT {
         MATCH (p:Passage)-[:${PASSAGE_MENTIONS_TYPE}]->(a) RETURN p.id ORDER BY p.id
       } AS passages`,
    { mergedId },
  );
  return {
    mentions: ((row?.mentions as Row[]) ?? []).map((m) => ({
      id: str(m, "id"),
      documentId: str(m, "documentId"),
      text: str(m, "text"),
      status: str(m, "status"),
    })),
    aliases: ((row?.aliases as Row[]) ?? []).map((a) => ({
      id: str(a, "id"),
      text: str(a, "text"),
      strength: str(a, "strength"),
    })),
    localAliases: ((row?.localAliases as Row[]) ?? []).map((l) => ({
      documentId: str(l, "documentId"),
      aliases: strings(l, "aliases"),
    })),
    passages: strings(row ?? {}, "passages"),
  };
}

/**
 * Judgements that say the two are different: "not the same" between a name of one and the other
 * actor, or "not this actor" naming one for a name of the other. The merge goes ahead; the curator
 * reads them first.
 */
async function readWarnings(
  tx: ManagedTransaction,
  survivor: MergeActorRef,
  merged: MergeActorRef,
): Promise<MergeWarning[]> {
  const rows = await txRows(
    tx,
    `UNWIND [[$survivorId, $mergedId], [$mergedId, $survivorId]] AS ids
     MATCH (one:Actor {id: ids[0]}), (other:Actor {id: ids[1]})
     WITH one, other, [one.name] + COLLECT {
         MATCH (alias:${ALIAS_LABEL})-[:ALIAS_OF]->(one) RETURN alias.text
       } + COLLECT {
         MATCH (m:${MENTION_LABEL} {status: 'linked'})-[:REFERS_TO]->(one) RETURN DISTINCT m.surface
       } AS names
     CALL (other) {
       MATCH (j:${NAME_JUDGEMENT_LABEL} {actorId: other.id})
       RETURN j {.id, .surface, .documentId, .by, kind: 'name'} AS j
       UNION
       MATCH (j:${MENTION_JUDGEMENT_LABEL} {verdict: 'not_this_actor', actorId: other.id})
       RETURN j {.id, .surface, .documentId, .by, kind: 'mention'} AS j
     }
     RETURN one.name AS oneName, other.name AS otherName, names, j`,
    { survivorId: survivor.id, mergedId: merged.id },
  );
  const warnings: MergeWarning[] = [];
  for (const row of rows) {
    const j = row.j as Row;
    const names = new Set(strings(row, "names").map((n) => normaliseSurface(n).toLowerCase()));
    const surface = str(j, "surface");
    if (!names.has(normaliseSurface(surface).toLowerCase())) continue;
    const other = str(row, "otherName");
    const where = strOrNull(j, "documentId") ? ` in document ${str(j, "documentId")}` : "";
    const by = strOrNull(j, "by") ? ` (by ${str(j, "by")})` : "";
    warnings.push(
      j.kind === "name"
        ? {
            code: "not_same_name",
            judgementId: str(j, "id"),
            message: `“${surface}”, a name of ${str(row, "oneName")}, was judged not the same as ${other}${by}.`,
          }
        : {
            code: "not_this_actor",
            judgementId: str(j, "id"),
            message: `“${surface}”${where}, a name of ${str(row, "oneName")}, was judged not to be ${other}${by}.`,
          },
    );
  }
  return warnings;
}

/** The dry run: everything a merge of `mergedId` into `survivorId` would move, and the warnings. */
export async function planMerge(tx: ManagedTransaction, pair: MergePair): Promise<MergeReport> {
  const { survivor, merged } = await mergeActorsOf(tx, pair);
  const claims = await readMergedClaims(tx, merged.id);
  return {
    survivor,
    merged,
    ...(await readAttachments(tx, merged.id)),
    claims: claims.filter((c) => !isConflict(c, pair)),
    conflicts: claims.filter((c) => isConflict(c, pair)),
    edges: planEdges(await readEdges(tx, pair), pair),
    warnings: await readWarnings(tx, survivor, merged),
  };
}
