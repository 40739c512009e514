import { Conflict } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { lockDocument, omitText, readCuratedDocument } from "@/lib/curation/documents";
import type { CuratedDocument } from "@/lib/curation/types";
import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";

/**
 * A curator marks a frozen document reviewed: the counts at that moment go into the audit entry,
 * and the documents list and the reader show them. The graph changed already (edges are derived
 * from each decision); finishing only records that a person is done. Deciding more later is
 * allowed and keeps it reviewed.
 */
export async function finishDocument(
  db: Db,
  actor: AuditActor,
  id: string,
  version: number,
): Promise<{ document: CuratedDocument }> {
  return writeTx(db, async (tx) => {
    const before = await lockDocument(tx, id, version);
    if (!before.frozenAt) {
      throw new Conflict("not_frozen", "Freeze the document before marking it reviewed.");
    }
    await tx.run(
      `MATCH (d:Document {id: $id})
       SET d.reviewedAt = $now, d.reviewedBy = $by, d.version = coalesce(d.version, 0) + 1`,
      { id, now: new Date().toISOString(), by: actor.user },
    );
    const document = omitText(await readCuratedDocument(tx, id));
    await recordAudit(tx, {
      ...actor,
      action: "document.finish",
      target: id,
      before: { status: before.status, version: before.version },
      after: { status: document.status, version: document.version, counts: document.counts },
      outcome: "ok",
      about: { documents: [id] },
    });
    await bumpGraphVersion(tx);
    return { document };
  });
}
