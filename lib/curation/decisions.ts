import { createHash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { BadRequest, Conflict } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { forgetAliasesLearntFrom, projectAliases, teachAlias } from "@/lib/curation/aliases";
import { storeClaimProposals } from "@/lib/curation/claims";
import { readCuratedDocument } from "@/lib/curation/documents";
import {
  analyseAndStore,
  MENTION_FIELDS,
  mentionQueue,
  readMentions,
  toMentionView,
} from "@/lib/curation/mentions";
import type { Decision, NewActor } from "@/lib/curation/schemas";
import type { DecisionResult, MentionView } from "@/lib/curation/types";
import { txRows, writeTx, type Db, type Row } from "@/lib/db/session";
import { firstFreeId } from "@/lib/curation/free-id";
import { slugify } from "@/lib/domain/ids";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import {
  ACTOR_KIND_LABELS,
  MENTION_JUDGEMENT_LABEL,
  MENTION_LABEL,
  NAME_JUDGEMENT_LABEL,
} from "@/lib/graph/schema";
import { str } from "@/lib/graph/values";

/** A judgement's id: the hash of what it judges, so remembering it twice keeps one. */
export const judgementId = (...parts: (string | null)[]) =>
  createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);

/**
 * Locks the mentions a decision names and checks that each is still at the version its caller
 * saw: of two curators deciding the same mention, the second gets 409 and changes nothing.
 */
async function lockMentions(
  tx: ManagedTransaction,
  documentId: string,
  refs: { id: string; version: number }[],
): Promise<MentionView[]> {
  const rows = await txRows(
    tx,
    `UNWIND $refs AS ref
     MATCH (m:${MENTION_LABEL} {id: ref.id, documentId: $documentId})
     SET m._lock = true REMOVE m._lock
     RETURN ${MENTION_FIELDS} AS mention`,
    { refs, documentId },
  );
  const found = new Map(
    rows.map((row) => [str(row.mention as Row, "id"), toMentionView(row.mention as Row)]),
  );
  return refs.map((ref, index) => {
    const mention = found.get(ref.id);
    if (!mention) {
      throw new BadRequest(`mentions.${index}.id: no mention "${ref.id}" in this document.`, {
        field: `mentions.${index}.id`,
      });
    }
    if (mention.version !== ref.version) {
      throw new Conflict(
        "version_conflict",
        `Someone else decided the mention "${mention.text}" at ${mention.start} since you loaded it; reload.`,
        { field: `mentions.${index}.version`, mentionId: mention.id, current: mention.version },
      );
    }
    return mention;
  });
}

async function createActor(
  tx: ManagedTransaction,
  actor: NewActor,
  documentId: string,
): Promise<string> {
  const base = slugify(actor.name) || "actor";
  const id = await firstFreeId(tx, base, "EXISTS { (:Actor {id: id}) }");
  // The label comes from the closed kind list (the schema's enum), never from the request text.
  await tx.run(
    `CREATE (a:Actor:${ACTOR_KIND_LABELS[actor.kind]})
     SET a = $props`,
    {
      props: {
        id,
        name: actor.name,
        kind: actor.kind,
        description: actor.description,
        aliases: [],
        aliasText: "",
        country: null,
        role: null,
        documentIds: [documentId],
      },
    },
  );
  return id;
}

export async function linkMentions(
  tx: ManagedTransaction,
  mentions: MentionView[],
  actorId: string,
  by: string,
  documentId: string,
): Promise<void> {
  await tx.run(
    `MATCH (a:Actor {id: $actorId})
     SET a.documentIds = CASE WHEN $documentId IN coalesce(a.documentIds, []) THEN a.documentIds
                              ELSE coalesce(a.documentIds, []) + $documentId END
     WITH a
     UNWIND $ids AS id
     MATCH (m:${MENTION_LABEL} {id: id})
     OPTIONAL MATCH (m)-[old:REFERS_TO]->()
     DELETE old
     WITH DISTINCT a, m
     MERGE (m)-[:REFERS_TO]->(a)
     SET m.status = 'linked', m.candidateId = a.id, m.decidedBy = $by, m.decidedAt = $now,
         m.version = m.version + 1`,
    { actorId, ids: mentions.map((m) => m.id), by, now: new Date().toISOString(), documentId },
  );
}

export async function setUndecided(
  tx: ManagedTransaction,
  mentions: MentionView[],
  status: "open" | "rejected",
  by: string | null,
): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (m:${MENTION_LABEL} {id: id})
     OPTIONAL MATCH (m)-[old:REFERS_TO]->()
     DELETE old
     WITH DISTINCT m
     SET m.status = $status, m.decidedBy = $by, m.decidedAt = CASE WHEN $by IS NULL THEN null ELSE $now END,
         m.candidateId = CASE WHEN $status = 'open' THEN null ELSE m.candidateId END,
         m.version = m.version + 1`,
    { ids: mentions.map((m) => m.id), status, by, now: new Date().toISOString() },
  );
}

export async function rememberJudgement(
  tx: ManagedTransaction,
  judgement: {
    documentId: string;
    surface: string;
    verdict: "not_actor" | "not_this_actor";
    actorId: string | null;
    by: string;
  },
): Promise<void> {
  await tx.run(
    `MERGE (j:${MENTION_JUDGEMENT_LABEL} {id: $id})
     ON CREATE SET j.documentId = $documentId, j.surface = $surface, j.verdict = $verdict,
                   j.actorId = $actorId, j.by = $by, j.at = $now`,
    {
      ...judgement,
      id: judgementId(
        judgement.documentId,
        judgement.surface,
        judgement.verdict,
        judgement.actorId,
      ),
      now: new Date().toISOString(),
    },
  );
}

/** "Not the same" between a name and an actor holds in every document, for every curator. */
export async function rememberNotSame(
  tx: ManagedTransaction,
  judgement: { surface: string; actorId: string; documentId: string; by: string },
): Promise<void> {
  await tx.run(
    `MERGE (j:${NAME_JUDGEMENT_LABEL} {id: $id})
     ON CREATE SET j.surface = $surface, j.actorId = $actorId, j.documentId = $documentId,
                   j.by = $by, j.at = $now`,
    {
      ...judgement,
      id: judgementId(judgement.surface, judgement.actorId),
      now: new Date().toISOString(),
    },
  );
}

/** Undo: forgets the judgements and aliases these mentions carried, so analysis proposes afresh. */
async function forgetDecisions(
  tx: ManagedTransaction,
  documentId: string,
  mentions: MentionView[],
): Promise<void> {
  const surfaces = [...new Set(mentions.map((m) => m.surface))];
  await tx.run(
    `MATCH (j:${MENTION_JUDGEMENT_LABEL} {documentId: $documentId}) WHERE j.surface IN $surfaces
     DELETE j`,
    { documentId, surfaces },
  );
  await tx.run(
    `MATCH (j:${NAME_JUDGEMENT_LABEL} {documentId: $documentId}) WHERE j.surface IN $surfaces
     DELETE j`,
    { documentId, surfaces },
  );
  await forgetAliasesLearntFrom(
    tx,
    mentions.map((m) => m.id),
  );
}

/**
 * Applies one curator decision to a document's mentions, in one transaction with its audit entry
 * and the projections it changes (aliases, the reader's local aliases, the graph version).
 */
export async function decideMentions(
  db: Db,
  actor: AuditActor,
  documentId: string,
  decision: Decision,
): Promise<DecisionResult> {
  return writeTx(db, async (tx) => {
    const document = await readCuratedDocument(tx, documentId);
    if (document.status === "draft") {
      throw new Conflict(
        "document_not_frozen",
        "Freeze the document before resolving its mentions.",
        {
          field: "id",
        },
      );
    }
    const mentions = await lockMentions(tx, documentId, decision.mentions);
    const before = mentions.map(({ id, status, actorId, version }) => ({
      id,
      status,
      actorId,
      version,
    }));
    let actorId: string | null = null;
    const touchedActors = new Set<string>();
    switch (decision.action) {
      case "link":
      case "new_actor": {
        if (decision.action === "link") {
          const [exists] = await txRows(tx, "MATCH (a:Actor {id: $id}) RETURN a.id AS id", {
            id: decision.actorId,
          });
          if (!exists) {
            throw new BadRequest(`actorId: no actor with id "${decision.actorId}".`, {
              field: "actorId",
            });
          }
          actorId = decision.actorId;
        } else {
          actorId = await createActor(tx, decision.actor, documentId);
          await recordAudit(tx, {
            ...actor,
            action: "actor.create",
            target: actorId,
            after: { id: actorId, ...decision.actor, fromDocument: documentId },
            outcome: "ok",
            about: { actors: [actorId], documents: [documentId] },
          });
        }
        await linkMentions(tx, mentions, actorId, actor.user, documentId);
        touchedActors.add(actorId);
        for (const m of mentions) if (m.actorId) touchedActors.add(m.actorId);
        const first = mentions[0]!;
        const surfaces = new Set(mentions.map((m) => m.text));
        if (decision.teachAlias) {
          for (const text of surfaces) {
            await teachAlias(tx, {
              actorId,
              text,
              strength: decision.teachAlias,
              mentionId: mentions.find((m) => m.text === text)?.id ?? first.id,
              by: actor.user,
            });
          }
        }
        break;
      }
      case "not_actor": {
        await setUndecided(tx, mentions, "rejected", actor.user);
        for (const surface of new Set(mentions.map((m) => m.surface))) {
          await rememberJudgement(tx, {
            documentId,
            surface,
            verdict: "not_actor",
            actorId: null,
            by: actor.user,
          });
        }
        for (const m of mentions) if (m.actorId) touchedActors.add(m.actorId);
        break;
      }
      case "not_this_actor": {
        for (const m of mentions) {
          if (!m.actorId) continue;
          touchedActors.add(m.actorId);
          await rememberJudgement(tx, {
            documentId,
            surface: m.surface,
            verdict: "not_this_actor",
            actorId: m.actorId,
            by: actor.user,
          });
          if (m.origin === "fuzzy") {
            await rememberNotSame(tx, {
              surface: m.surface,
              actorId: m.actorId,
              documentId,
              by: actor.user,
            });
          }
        }
        await setUndecided(tx, mentions, "open", null);
        await analyseAndStore(tx, documentId);
        break;
      }
      case "reopen": {
        for (const m of mentions) if (m.actorId) touchedActors.add(m.actorId);
        await forgetDecisions(tx, documentId, mentions);
        await setUndecided(tx, mentions, "open", null);
        await analyseAndStore(tx, documentId);
        break;
      }
    }
    if (touchedActors.size > 0) await projectAliases(tx, [...touchedActors]);
    // A link changes which actors a sentence names, and so which claims it proposes.
    if (decision.action === "link" || decision.action === "new_actor") {
      await storeClaimProposals(tx, documentId);
    }
    const after = await readMentions(tx, documentId);
    const ids = new Set(mentions.map((m) => m.id));
    await recordAudit(tx, {
      ...actor,
      action: `mention.${decision.action}`,
      target: documentId,
      before,
      after: after
        .filter((m) => ids.has(m.id))
        .map(({ id, status, actorId: linked, version }) => ({
          id,
          status,
          actorId: linked,
          version,
        })),
      params:
        decision.action === "link" || decision.action === "new_actor"
          ? { actorId, teachAlias: decision.teachAlias ?? null }
          : null,
      outcome: "ok",
      about: { documents: [documentId], actors: [...touchedActors, actorId] },
    });
    await bumpGraphVersion(tx);
    return { ...(await mentionQueue(tx, after)), actorId };
  });
}
