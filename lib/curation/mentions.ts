import type { ManagedTransaction } from "neo4j-driver";
import { readJudgements, readTerms } from "@/lib/curation/analysis-input";
import { storeClaimProposals } from "@/lib/curation/claims";
import { readCuratedDocument } from "@/lib/curation/documents";
import type {
  MentionGroup,
  MentionOrigin,
  MentionStatus,
  MentionView,
  MentionsResponse,
} from "@/lib/curation/types";
import type { ActorKind } from "@/lib/domain/actor-kinds";
import { readTx, txRows, type Db, type Row } from "@/lib/db/session";
import { MENTION_LABEL } from "@/lib/graph/schema";
import { int, str, strOrNull } from "@/lib/graph/values";
import { analyseDocument } from "@/lib/text/analyse";
import type { Analysis } from "@/lib/text/types";

/** A mention is keyed by its span: re-analysis finds the same mention again, decided or not. */
export const mentionId = (documentId: string, start: number, end: number) =>
  `${documentId}@${start}-${end}`;

export interface AnalysisCounts {
  mentions: number;
  linked: number;
  suggested: number;
  open: number;
  rejected: number;
  sentences: number;
  dates: number;
}

function countsOf(analysis: Analysis): AnalysisCounts {
  const by = (status: MentionStatus) => analysis.mentions.filter((m) => m.status === status).length;
  return {
    mentions: analysis.mentions.length,
    linked: by("linked"),
    suggested: by("suggested"),
    open: by("open"),
    rejected: by("rejected"),
    sentences: analysis.sentences.length,
    dates: analysis.dates.length,
  };
}

/**
 * Analyses a frozen document against what the graph knows now and stores the proposals. A mention
 * a person decided keeps that decision; undecided ones take the new proposal; undecided ones the
 * analysis no longer finds are dropped. Runs in the caller's transaction.
 */
export async function analyseAndStore(
  tx: ManagedTransaction,
  documentId: string,
): Promise<{ counts: AnalysisCounts; timings: Record<string, number> }> {
  const document = await readCuratedDocument(tx, documentId);
  const [terms, judgements] = [await readTerms(tx), await readJudgements(tx, documentId)];
  const analysis = analyseDocument({
    text: document.text,
    bodyStart: document.bodyStart,
    bodyEnd: document.bodyEnd,
    published: document.published,
    terms,
    judgements,
  });
  const started = performance.now();
  const mentions = analysis.mentions.map((m) => ({
    id: mentionId(documentId, m.start, m.end),
    props: {
      documentId,
      start: m.start,
      end: m.end,
      text: m.text,
      surface: m.surface,
      status: m.status,
      origin: m.origin,
      reason: m.reason,
      score: m.score,
      candidateId: m.actorId,
      suggestedKind: m.suggestedKind,
    },
  }));
  const marks: Record<string, number> = {};
  const mark = (stage: string, since: number) => (marks[stage] = performance.now() - since);
  let at = performance.now();
  await tx.run(
    `MATCH (m:${MENTION_LABEL} {documentId: $documentId})
     WHERE m.decidedBy IS NULL AND NOT m.id IN $ids
     DETACH DELETE m`,
    { documentId, ids: mentions.map((m) => m.id) },
  );
  mark("storeDrop", at);
  at = performance.now();
  await tx.run(
    `MATCH (d:Document {id: $documentId})
     UNWIND $mentions AS row
     MERGE (m:${MENTION_LABEL} {id: row.id})
     ON CREATE SET m.version = -1, m.decidedBy = null, m._new = true
     // CREATE, not MERGE: merging into a document with thousands of mentions would scan its
     // relationships once per mention.
     FOREACH (_ IN CASE WHEN m._new THEN [1] ELSE [] END | CREATE (m)-[:IN]->(d))
     REMOVE m._new
     WITH m, row WHERE m.decidedBy IS NULL
     SET m += row.props, m.version = m.version + 1
     WITH m, row
     OPTIONAL MATCH (m)-[old:REFERS_TO]->()
     DELETE old
     WITH DISTINCT m, row WHERE row.props.status = 'linked'
     MATCH (a:Actor {id: row.props.candidateId})
     MERGE (m)-[:REFERS_TO]->(a)`,
    { documentId, mentions },
  );
  mark("storeWrite", at);
  at = performance.now();
  await storeClaimProposals(tx, documentId);
  mark("claimProposals", at);
  return {
    counts: countsOf(analysis),
    timings: { ...analysis.timings, ...marks, store: performance.now() - started },
  };
}

export const MENTION_FIELDS = `m {.id, .start, .end, .text, .surface, .status, .origin, .reason,
  .score, .candidateId, .suggestedKind, .version, .decidedBy, .decidedAt}`;

export function toMentionView(row: Row): MentionView {
  return {
    id: str(row, "id"),
    start: int(row, "start"),
    end: int(row, "end"),
    text: str(row, "text"),
    surface: str(row, "surface"),
    status: str(row, "status") as MentionStatus,
    origin: str(row, "origin") as MentionOrigin,
    reason: str(row, "reason"),
    score: typeof row.score === "number" ? row.score : null,
    actorId: strOrNull(row, "candidateId"),
    suggestedKind: strOrNull(row, "suggestedKind") as ActorKind | null,
    version: int(row, "version"),
    decidedBy: strOrNull(row, "decidedBy"),
    decidedAt: strOrNull(row, "decidedAt"),
  };
}

const STATUS_ORDER: Record<MentionStatus, number> = {
  suggested: 0,
  open: 1,
  linked: 2,
  rejected: 3,
};

/** Groups mentions by surface, status and actor: "Tehran ×7 → Iran". Open work first. */
export function groupMentions(mentions: MentionView[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const mention of mentions) {
    const key = `${mention.status}|${mention.actorId ?? ""}|${mention.surface}`;
    const group = groups.get(key);
    if (group) group.mentions.push(mention);
    else
      groups.set(key, {
        key,
        surface: mention.surface,
        status: mention.status,
        actorId: mention.actorId,
        origin: mention.origin,
        reason: mention.reason,
        suggestedKind: mention.suggestedKind,
        mentions: [mention],
      });
  }
  return [...groups.values()].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      b.mentions.length - a.mentions.length ||
      a.surface.localeCompare(b.surface),
  );
}

export async function readMentions(tx: ManagedTransaction, documentId: string) {
  const rows = await txRows(
    tx,
    `MATCH (m:${MENTION_LABEL} {documentId: $documentId})
     RETURN ${MENTION_FIELDS} AS mention ORDER BY m.start, m.end`,
    { documentId },
  );
  return rows.map((row) => toMentionView(row.mention as Row));
}

/**
 * The review queue as the page draws it: `mentions` grouped, and the actors they are linked to or
 * suggest, by name. Both the queue (`GET …/mentions`) and a decision's answer give it.
 */
export async function mentionQueue(
  tx: ManagedTransaction,
  mentions: MentionView[],
): Promise<Pick<MentionsResponse, "groups" | "actors">> {
  const actorIds = [...new Set(mentions.flatMap((m) => (m.actorId ? [m.actorId] : [])))];
  const rows = await txRows(
    tx,
    `MATCH (a:Actor) WHERE a.id IN $actorIds
     RETURN a.id AS id, a.name AS name, a.kind AS kind ORDER BY a.name`,
    { actorIds },
  );
  return {
    groups: groupMentions(mentions),
    actors: rows.map((row) => ({
      id: str(row, "id"),
      name: str(row, "name"),
      kind: str(row, "kind"),
    })),
  };
}

/** `GET /api/documents/{id}/mentions`. */
export async function getDocumentMentions(db: Db, documentId: string): Promise<MentionsResponse> {
  return readTx(db, async (tx) => {
    const document = await readCuratedDocument(tx, documentId);
    const mentions = await readMentions(tx, documentId);
    return { document, ...(await mentionQueue(tx, mentions)) };
  });
}
