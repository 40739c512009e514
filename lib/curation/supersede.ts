import type { ManagedTransaction } from "neo4j-driver";
import { BadRequest, Conflict } from "@/lib/api/errors";
import { readCuratedDocument } from "@/lib/curation/documents";
import { mentionId, readMentions } from "@/lib/curation/mentions";
import { txRows } from "@/lib/db/session";
import { MENTION_JUDGEMENT_LABEL, MENTION_LABEL, SUPERSEDES_TYPE } from "@/lib/graph/schema";
import { int, str } from "@/lib/graph/values";
import { relocateSpans, type Relocation } from "@/lib/text/relocate";
import type { SupersedeReport } from "@/lib/curation/types";

export type { SupersedeReport };

/** The superseded document must be frozen and not corrected already. */
export async function checkSupersedable(tx: ManagedTransaction, oldId: string): Promise<void> {
  const [row] = await txRows(
    tx,
    `MATCH (old:Document {id: $oldId}) WHERE old.draft IS NULL
     RETURN EXISTS { (:Document)-[:${SUPERSEDES_TYPE}]->(old) } AS superseded`,
    { oldId },
  );
  if (!row) {
    throw new BadRequest(`supersedes: no frozen document with id "${oldId}".`, {
      field: "supersedes",
    });
  }
  if (row.superseded === true) {
    throw new Conflict(
      "already_superseded",
      `Document "${oldId}" was corrected already; correct its newest version instead.`,
      { field: "supersedes" },
    );
  }
}

/** The old document's judgements hold for its correction too: copied before the analysis runs. */
export async function carryJudgements(tx: ManagedTransaction, oldId: string, newId: string) {
  await tx.run(
    `MATCH (j:${MENTION_JUDGEMENT_LABEL} {documentId: $oldId})
     MERGE (copy:${MENTION_JUDGEMENT_LABEL} {id: j.id + '>' + $newId})
     SET copy.documentId = $newId, copy.surface = j.surface, copy.verdict = j.verdict,
         copy.actorId = j.actorId, copy.by = j.by, copy.at = j.at`,
    { oldId, newId },
  );
}

/**
 * After the correction is analysed: every decided mention and cited passage of the old document
 * that lies, certainly, at a new place (lib/text/relocate.ts) moves there — a mention's decision
 * is applied to the new mention at that span — and the rest is listed for review, never placed
 * by guess. The report is kept on `SUPERSEDES`.
 */
export async function supersede(
  tx: ManagedTransaction,
  oldId: string,
  newId: string,
  by: string,
): Promise<SupersedeReport> {
  const [oldDoc, newDoc] = [
    await readCuratedDocument(tx, oldId),
    await readCuratedDocument(tx, newId),
  ];
  const oldBody = { start: oldDoc.bodyStart, end: oldDoc.bodyEnd };
  const newBody = { start: newDoc.bodyStart, end: newDoc.bodyEnd };
  const passages = (
    await txRows(
      tx,
      "MATCH (p:Passage {documentId: $oldId}) RETURN p.id AS id, p.start AS start, p.end AS end",
      { oldId },
    )
  ).map((row) => ({ id: str(row, "id"), start: int(row, "start"), end: int(row, "end") }));
  const decided = (await readMentions(tx, oldId)).filter((m) => m.decidedBy !== null);
  const movedPassages = relocateSpans(oldDoc.text, oldBody, newDoc.text, newBody, passages);
  const movedMentions = relocateSpans(oldDoc.text, oldBody, newDoc.text, newBody, decided);
  const now = new Date().toISOString();
  const carried = movedMentions.flatMap((moved) =>
    moved.moved
      ? [
          {
            id: mentionId(newId, moved.to.start, moved.to.end),
            props: {
              documentId: newId,
              start: moved.to.start,
              end: moved.to.end,
              text: moved.span.text,
              surface: moved.span.surface,
              origin: "manual",
              reason: `decided in the version it corrects (${oldId})`,
              score: null,
              suggestedKind: moved.span.suggestedKind,
            },
            status: moved.span.status,
            actorId: moved.span.actorId,
          },
        ]
      : [],
  );
  await tx.run(
    `MATCH (d:Document {id: $newId})
     UNWIND $carried AS row
     MERGE (m:${MENTION_LABEL} {id: row.id})
     ON CREATE SET m += row.props, m.version = -1, m._new = true
     FOREACH (_ IN CASE WHEN m._new THEN [1] ELSE [] END | CREATE (m)-[:IN]->(d))
     REMOVE m._new
     SET m.status = row.status, m.candidateId = row.actorId, m.decidedBy = $by,
         m.decidedAt = $now, m.version = m.version + 1
     WITH m, row
     OPTIONAL MATCH (m)-[old:REFERS_TO]->()
     DELETE old
     WITH DISTINCT m, row WHERE row.status = 'linked'
     MATCH (a:Actor {id: row.actorId})
     MERGE (m)-[:REFERS_TO]->(a)`,
    { newId, carried, by, now },
  );
  const review = <T extends { id: string; start: number; end: number }>(moved: Relocation<T>[]) =>
    moved.flatMap((m) =>
      m.moved
        ? []
        : [{ id: m.span.id, text: oldDoc.text.slice(m.span.start, m.span.end), reason: m.reason }],
    );
  const report: SupersedeReport = {
    supersedes: { id: oldId, title: oldDoc.title },
    passages: {
      moved: movedPassages.filter((m) => m.moved).length,
      review: review(movedPassages),
    },
    mentions: { moved: carried.length, review: review(movedMentions) },
  };
  await tx.run(
    `MATCH (new:Document {id: $newId}), (old:Document {id: $oldId})
     CREATE (new)-[:${SUPERSEDES_TYPE} {at: $now, by: $by, report: $report}]->(old)`,
    { newId, oldId, now, by, report: JSON.stringify(report) },
  );
  return report;
}
