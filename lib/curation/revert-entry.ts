import type { ManagedTransaction } from "neo4j-driver";
import { ApiError, BadRequest, NotFound } from "@/lib/api/errors";
import { AUDIT_ENTRY_LABEL, toAuditEntry, type AuditEntry } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { revertClaimEntry } from "@/lib/curation/claim-revert";
import { mergeActors } from "@/lib/curation/merge-actors";
import type { MergeResponse } from "@/lib/curation/merge-types";
import { revertMentionEntry } from "@/lib/curation/mention-revert";
import { revertKind } from "@/lib/curation/revertable";
import type { RevertResponse } from "@/lib/curation/types";
import { unmergeActors } from "@/lib/curation/unmerge-actors";
import { readTx, txRows, writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { ACTOR_MERGE_LABEL } from "@/lib/graph/schema";

class NotRevertable extends ApiError {
  constructor(message: string, details?: unknown) {
    super(422, "not_revertable", message, details);
  }
}

async function readEntry(tx: ManagedTransaction, id: string): Promise<AuditEntry> {
  const [row] = await txRows(
    tx,
    `MATCH (a:${AUDIT_ENTRY_LABEL} {id: $id}) RETURN properties(a) AS entry`,
    { id },
  );
  if (!row) throw new NotFound(`No history entry "${id}".`);
  return toAuditEntry(row);
}

async function mergedPair(tx: ManagedTransaction, mergeId: string) {
  const [row] = await txRows(
    tx,
    `MATCH (m:${ACTOR_MERGE_LABEL} {id: $mergeId}) RETURN m.survivorId AS survivorId, m.mergedId AS mergedId`,
    { mergeId },
  );
  if (!row) throw new NotRevertable(`The merge ${mergeId} of this unmerge is no longer recorded.`);
  return { survivorId: String(row.survivorId), mergedId: String(row.mergedId) };
}

const param = (entry: AuditEntry, name: string): string => {
  const value = (entry.params as Record<string, unknown> | null)?.[name];
  if (typeof value !== "string") {
    throw new BadRequest(`id: the entry ${entry.id} does not say its ${name}.`, { field: "id" });
  }
  return value;
};

/**
 * `POST /api/history/{entryId}/revert` (docs/curation.md "History and revert"): undoes one entry
 * by its kind (lib/curation/revertable.ts), in one transaction with its own entry, which is
 * revertable in turn, and the graph version moved on. Claims and mentions are put back only if
 * nobody changed them since (409 `revert_conflict` naming who did what); a merge is unmerged, an
 * unmerge merged again, each through its own write (and its own entry, pointing at this one).
 */
export async function revertEntry(
  db: Db,
  actor: AuditActor,
  entryId: string,
): Promise<RevertResponse> {
  const found = await readTx(db, (tx) => readEntry(tx, entryId));
  const kind = revertKind(found);
  const revertedEntryId = found.id;
  switch (kind) {
    case null:
      throw new NotRevertable(
        `A "${found.action}" entry (${found.outcome}) cannot be reverted; claim and mention decisions, merges, unmerges and reverts can.`,
        { action: found.action },
      );
    case "merge": {
      // A merge entry names its merge in `after` (the id is made by the merge).
      const mergeId = (found.after as { mergeId?: unknown } | null)?.mergeId;
      if (typeof mergeId !== "string") {
        throw new NotRevertable(`The entry ${found.id} does not name its merge.`);
      }
      const unmerge = await unmergeActors(db, actor, mergeId, found.id).catch((error: unknown) => {
        throw error instanceof NotFound ? new NotRevertable(error.message) : error;
      });
      return { kind, entryId: unmerge.entryId, revertedEntryId, unmerge };
    }
    case "unmerge": {
      // Unmerge entries name the two actors; older ones only their merge, whose record does.
      const pair = found.params?.survivorId
        ? { survivorId: param(found, "survivorId"), mergedId: param(found, "mergedId") }
        : await readTx(db, (tx) => mergedPair(tx, param(found, "mergeId")));
      const merge = (await mergeActors(
        db,
        actor,
        { ...pair, dryRun: false },
        found.id,
      )) as MergeResponse;
      return { kind, entryId: merge.entryId, revertedEntryId, merge };
    }
    case "claims":
    case "mentions":
      return writeTx(db, async (tx) => {
        // Read again under the write: the entry is immutable, but the claims and mentions are not.
        const entry = await readEntry(tx, entryId);
        if (kind === "claims") {
          const result = await revertClaimEntry(tx, actor, entry);
          await bumpGraphVersion(tx);
          return { kind, revertedEntryId, ...result };
        }
        const result = await revertMentionEntry(tx, actor, entry, entry.target ?? "");
        await bumpGraphVersion(tx);
        return { kind, revertedEntryId, ...result };
      });
  }
}
