import type { ManagedTransaction } from "neo4j-driver";
import { Conflict } from "@/lib/api/errors";
import { recordAudit, type AuditEntry } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { forgetAliasesLearntFrom, projectAliases } from "@/lib/curation/aliases";
import { storeClaimProposals } from "@/lib/curation/claims";
import { linkMentions, rememberJudgement, setUndecided } from "@/lib/curation/decisions";
import {
  analyseAndStore,
  groupMentions,
  MENTION_FIELDS,
  readMentions,
  toMentionView,
} from "@/lib/curation/mentions";
import type { MentionGroup, MentionStatus, MentionView } from "@/lib/curation/types";
import { txRows, type Row } from "@/lib/db/session";
import { MENTION_JUDGEMENT_LABEL, MENTION_LABEL, NAME_JUDGEMENT_LABEL } from "@/lib/graph/schema";

/** A mention as a `mention.*` entry records it, before and after. */
export interface MentionAuditState {
  id: string;
  status: MentionStatus;
  actorId: string | null;
  version: number;
}

const undecided = (status: MentionStatus) => status === "open" || status === "suggested";

const stateOf = ({ id, status, actorId, version }: MentionView): MentionAuditState => ({
  id,
  status,
  actorId,
  version,
});

/**
 * Whether a mention is still as the entry left it. A decided mention must be at the version the
 * entry recorded; an undecided one is re-proposed (and its version moved on) by every analysis,
 * so for it "unchanged" means that nobody decided it since.
 */
function unchanged(now: MentionView, recorded: MentionAuditState): boolean {
  if (now.version === recorded.version) return true;
  if (now.decidedBy !== null) return false;
  return (
    (undecided(recorded.status) && undecided(now.status)) ||
    (now.status === recorded.status && now.actorId === recorded.actorId)
  );
}

async function lockForRevert(
  tx: ManagedTransaction,
  documentId: string,
  recorded: MentionAuditState[],
): Promise<Map<string, MentionView>> {
  const rows = await txRows(
    tx,
    `MATCH (m:${MENTION_LABEL} {documentId: $documentId}) WHERE m.id IN $ids
     SET m._lock = true REMOVE m._lock
     RETURN ${MENTION_FIELDS} AS mention`,
    { documentId, ids: recorded.map((state) => state.id) },
  );
  const current = new Map(
    rows.map((row) => {
      const mention = toMentionView(row.mention as Row);
      return [mention.id, mention];
    }),
  );
  for (const state of recorded) {
    const now = current.get(state.id);
    if (now && unchanged(now, state)) continue;
    throw new Conflict(
      "revert_conflict",
      now
        ? `The mention "${now.text}" at ${now.start} changed since this entry: ${now.decidedBy ?? "someone"} made it ${now.status}${now.actorId ? ` (${now.actorId})` : ""} at ${now.decidedAt ?? "a later analysis"}. Revert that change first, or decide the mention by hand.`
        : `The mention ${state.id} is no longer in the document (a later analysis no longer finds it); nothing to revert.`,
      { mentionId: state.id, entryVersion: state.version, current: now ? stateOf(now) : null },
    );
  }
  return current;
}

/** Forgets what a decision taught about these surfaces here: "not an actor", "not this actor". */
async function forgetVerdicts(
  tx: ManagedTransaction,
  documentId: string,
  surfaces: string[],
  keepNotActor: boolean,
): Promise<void> {
  await tx.run(
    `MATCH (j:${MENTION_JUDGEMENT_LABEL} {documentId: $documentId})
     WHERE j.surface IN $surfaces AND NOT ($keepNotActor AND j.verdict = 'not_actor')
     DELETE j`,
    { documentId, surfaces, keepNotActor },
  );
  await tx.run(
    `MATCH (j:${NAME_JUDGEMENT_LABEL} {documentId: $documentId}) WHERE j.surface IN $surfaces
     DELETE j`,
    { documentId, surfaces },
  );
}

export interface MentionRevertResult {
  entryId: string;
  groups: MentionGroup[];
}

/**
 * Puts the mentions of a `mention.*` entry (or of a revert of one) back as the entry found them,
 * if nobody decided them since: a link goes back to its actor, a rejection is remembered again, an
 * undecided mention is undecided and analysed afresh. The judgements and aliases the reverted
 * decision taught in this document are forgotten; what a reverted "reopen" had forgotten is not
 * taught again (teach an alias anew from the mention). An actor the decision created stays.
 */
export async function revertMentionEntry(
  tx: ManagedTransaction,
  actor: AuditActor,
  entry: AuditEntry,
  documentId: string,
): Promise<MentionRevertResult> {
  const before = (entry.before as MentionAuditState[] | null) ?? [];
  const after = (entry.after as MentionAuditState[] | null) ?? [];
  const current = await lockForRevert(tx, documentId, after);
  const mentions = after.map((state) => current.get(state.id)!);
  const surfaces = [...new Set(mentions.map((m) => m.surface))];
  const touched = new Set(mentions.flatMap((m) => (m.actorId ? [m.actorId] : [])));
  await forgetAliasesLearntFrom(
    tx,
    mentions.map((m) => m.id),
  );
  const restoresRejection = before.some((state) => state.status === "rejected");
  await forgetVerdicts(tx, documentId, surfaces, restoresRejection);

  let reanalyse = false;
  for (const mention of mentions) {
    const state = before.find((b) => b.id === mention.id);
    if (!state || undecided(state.status)) {
      await setUndecided(tx, [mention], "open", null);
      reanalyse = true;
    } else if (state.status === "rejected") {
      await setUndecided(tx, [mention], "rejected", actor.user);
      await rememberJudgement(tx, {
        documentId,
        surface: mention.surface,
        verdict: "not_actor",
        actorId: null,
        by: actor.user,
      });
    } else if (state.actorId) {
      const [exists] = await txRows(tx, "MATCH (a:Actor {id: $id}) RETURN a.id AS id", {
        id: state.actorId,
      });
      if (!exists) {
        throw new Conflict(
          "revert_conflict",
          `The mention "${mention.text}" was linked to ${state.actorId}, which no longer exists (merged or deleted); link it by hand.`,
          { mentionId: mention.id, actorId: state.actorId },
        );
      }
      await linkMentions(tx, [mention], state.actorId, actor.user, documentId);
      touched.add(state.actorId);
    }
  }
  // The analysis re-proposes what is undecided and, with it, the document's claim proposals.
  if (reanalyse) await analyseAndStore(tx, documentId);
  else await storeClaimProposals(tx, documentId);
  if (touched.size > 0) await projectAliases(tx, [...touched]);
  const all = await readMentions(tx, documentId);
  const ids = new Set(after.map((state) => state.id));
  const entryId = await recordAudit(tx, {
    ...actor,
    action: "revert",
    target: documentId,
    before: mentions.map(stateOf),
    after: all.filter((m) => ids.has(m.id)).map(stateOf),
    params: { entryId: entry.id, action: entry.action, kind: "mentions" },
    outcome: "ok",
    about: { documents: [documentId], actors: [...touched], entries: [entry.id] },
  });
  return { entryId, groups: groupMentions(all) };
}
