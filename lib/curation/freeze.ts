import { createHash } from "node:crypto";
import { Neo4jError, type ManagedTransaction } from "neo4j-driver";
import { BadRequest, Conflict } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { lockDocument, readCuratedDocument } from "@/lib/curation/documents";
import { analyseAndStore, type AnalysisCounts } from "@/lib/curation/mentions";
import type { FreezeBody } from "@/lib/curation/schemas";
import {
  carryJudgements,
  checkSupersedable,
  supersede,
  type SupersedeReport,
} from "@/lib/curation/supersede";
import type { CuratedDocument, SimilarDocument } from "@/lib/curation/types";
import { readTx, txRows, writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { COPY_OF_TYPE, SUPERSEDES_TYPE } from "@/lib/graph/schema";
import { str } from "@/lib/graph/values";
import { fingerprint, similarity } from "@/lib/text/fingerprint";

/** At or above this estimated overlap of word shingles, a text "looks like a copy". */
export const NEAR_COPY_SIMILARITY = 0.8;

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The frozen document whose whole text or body is exactly `text`, if any. */
async function identicalDocument(
  tx: ManagedTransaction,
  sha: string,
  exceptId: string | null,
): Promise<{ id: string; title: string } | null> {
  const [row] = await txRows(
    tx,
    `MATCH (d:Document) WHERE (d.sha256 = $sha OR d.textSha256 = $sha) AND d.id <> $exceptId
     RETURN d.id AS id, d.title AS title LIMIT 1`,
    { sha, exceptId: exceptId ?? "" },
  );
  return row ? { id: str(row, "id"), title: str(row, "title") } : null;
}

/**
 * Frozen documents whose body shares most of its word shingles with `sketch`. Every frozen
 * document's sketch (128 numbers) is compared in this process: a few milliseconds per thousand
 * documents, and exact where a banded index would miss borderline pairs.
 */
async function nearCopies(
  tx: ManagedTransaction,
  sketch: number[],
  exceptId: string | null,
): Promise<SimilarDocument[]> {
  const rows = await txRows(
    tx,
    `MATCH (d:Document) WHERE d.sketch IS NOT NULL AND d.id <> $exceptId
     RETURN d.id AS id, d.title AS title, d.sketch AS sketch`,
    { exceptId: exceptId ?? "" },
  );
  return rows
    .map((row) => ({
      id: str(row, "id"),
      title: str(row, "title"),
      similarity: similarity(sketch, (row.sketch as unknown[]).map(Number)),
    }))
    .filter((found) => found.similarity >= NEAR_COPY_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 10);
}

/** The document and those tied to it as copies or versions, a few links deep. */
async function copyFamily(tx: ManagedTransaction, documentId: string): Promise<string[]> {
  const [row] = await txRows(
    tx,
    `MATCH (d:Document {id: $documentId})
     RETURN [d.id] + COLLECT {
       MATCH (d)-[:${COPY_OF_TYPE}|${SUPERSEDES_TYPE}*1..3]-(other:Document) RETURN DISTINCT other.id
     } AS ids`,
    { documentId },
  );
  return (row?.ids as string[] | undefined) ?? [documentId];
}

/** For the preview: is this text already in the graph, or nearly? Stores nothing. */
export async function compareWithDocuments(
  db: Db,
  text: string,
): Promise<{ identicalTo: { id: string; title: string } | null; nearCopies: SimilarDocument[] }> {
  const { sketch } = fingerprint(text);
  return readTx(db, async (tx) => ({
    identicalTo: await identicalDocument(tx, sha256Hex(text), null),
    nearCopies: await nearCopies(tx, sketch, null),
  }));
}

export interface FreezeResult {
  document: CuratedDocument;
  analysis: { counts: AnalysisCounts; timings: Record<string, number> };
  /** When the text corrects a frozen document: what moved, and what to review. */
  superseded: SupersedeReport | null;
}

/** Another freeze committed the same text first: the `document_sha256` constraint refused ours. */
function isDuplicateHash(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === "Neo.ClientError.Schema.ConstraintValidationFailed" &&
    error.message.includes("sha256")
  );
}

/**
 * Freezes a draft: its text and body range are fixed from here on and hashed; the analysis
 * proposes its mentions. A text already in the graph is refused; a near-copy needs the curator
 * to say whether it is a copy (`copyOf`) or `independent`. One transaction, audited.
 */
export async function freezeDocument(
  db: Db,
  actor: AuditActor,
  id: string,
  body: FreezeBody,
): Promise<FreezeResult> {
  try {
    return await writeTx(db, (tx) => freezeInTx(tx, actor, id, body));
  } catch (error) {
    // Two freezes of one text racing on two instances: the constraint lets one commit.
    if (isDuplicateHash(error)) {
      throw new Conflict(
        "duplicate_document",
        "This text was frozen as another document a moment ago.",
        { field: "text" },
      );
    }
    throw error;
  }
}

export async function freezeInTx(
  tx: ManagedTransaction,
  actor: AuditActor,
  id: string,
  body: FreezeBody,
  options: { origin?: string } = {},
): Promise<FreezeResult> {
  const started = performance.now();
  const draft = await lockDocument(tx, id, body.version);
  if (draft.status !== "draft") {
    throw new Conflict("already_frozen", `Document "${id}" is already frozen.`, { field: "id" });
  }
  const bodyText = draft.text.slice(draft.bodyStart, draft.bodyEnd);
  const { sha256, sketch } = fingerprint(bodyText);
  const textSha256 = sha256Hex(draft.text);
  const identical =
    (await identicalDocument(tx, sha256, id)) ?? (await identicalDocument(tx, textSha256, id));
  if (identical) {
    throw new Conflict(
      "duplicate_document",
      `This text is identical to document "${identical.title}" (${identical.id}).`,
      { field: "text", documentId: identical.id, title: identical.title },
    );
  }
  if (body.supersedes !== undefined) await checkSupersedable(tx, body.supersedes);
  // A correction is by nature a near-copy of what it corrects, and of that text's copies and
  // earlier versions: those need no answer.
  const family = body.supersedes === undefined ? [] : await copyFamily(tx, body.supersedes);
  const copies = (await nearCopies(tx, sketch, id)).filter((copy) => !family.includes(copy.id));
  if (body.copyOf !== undefined) {
    const [target] = await txRows(
      tx,
      "MATCH (d:Document {id: $copyOf}) WHERE d.draft IS NULL RETURN d.id AS id",
      { copyOf: body.copyOf },
    );
    if (!target) {
      throw new BadRequest(`copyOf: no frozen document with id "${body.copyOf}".`, {
        field: "copyOf",
      });
    }
  } else if (copies.length > 0 && !body.independent) {
    const [first] = copies;
    throw new Conflict(
      "near_copy",
      `This text looks like a copy of "${first!.title}" (${first!.id}, similarity ${first!.similarity.toFixed(2)}): link it as a copy (copyOf) or confirm it is independent.`,
      { field: "copyOf", nearCopies: copies },
    );
  }
  await tx.run(
    `MATCH (d:Document {id: $id})
     SET d.sha256 = $sha256, d.textSha256 = $textSha256, d.sketch = $sketch,
         d.frozenAt = $now, d.frozenBy = $user, d.draft = null, d.version = coalesce(d.version, 0) + 1
     WITH d
     OPTIONAL MATCH (original:Document {id: $copyOf})
     FOREACH (_ IN CASE WHEN original IS NULL THEN [] ELSE [1] END |
       MERGE (d)-[:${COPY_OF_TYPE}]->(original))`,
    {
      id,
      sha256,
      textSha256,
      sketch,
      now: new Date().toISOString(),
      user: actor.user,
      copyOf: body.copyOf ?? null,
    },
  );
  const checked = performance.now();
  if (body.supersedes !== undefined) await carryJudgements(tx, body.supersedes, id);
  const analysis = await analyseAndStore(tx, id);
  const superseded =
    body.supersedes === undefined ? null : await supersede(tx, body.supersedes, id, actor.user);
  const analysed = performance.now();
  const document = await readCuratedDocument(tx, id);
  const { text: _text, ...withoutText } = document;
  void _text;
  await recordAudit(tx, {
    ...actor,
    action: "document.freeze",
    target: id,
    after: {
      sha256,
      bodyStart: document.bodyStart,
      bodyEnd: document.bodyEnd,
      copyOf: body.copyOf ?? null,
      supersedes: superseded && {
        id: superseded.supersedes.id,
        passagesMoved: superseded.passages.moved,
        passagesToReview: superseded.passages.review.length,
        mentionsMoved: superseded.mentions.moved,
        mentionsToReview: superseded.mentions.review.length,
      },
      independentOf: body.independent ? copies.map((copy) => copy.id) : [],
      origin: options.origin ?? document.origin,
      counts: analysis.counts,
    },
    outcome: "ok",
    timeMs: performance.now() - started,
  });
  await bumpGraphVersion(tx);
  analysis.timings = {
    ...analysis.timings,
    checks: checked - started,
    afterAnalysis: performance.now() - analysed,
    freeze: performance.now() - started,
  };
  return { document: withoutText, analysis, superseded };
}

/** Runs the analysis again (the graph learnt names since), keeping every decision. */
export async function reanalyseDocument(db: Db, actor: AuditActor, id: string) {
  return writeTx(db, async (tx) => {
    const document = await readCuratedDocument(tx, id);
    if (document.status === "draft") {
      throw new Conflict("document_not_frozen", "Freeze the document before analysing it.", {
        field: "id",
      });
    }
    const analysis = await analyseAndStore(tx, id);
    await recordAudit(tx, {
      ...actor,
      action: "document.reanalyse",
      target: id,
      after: analysis.counts,
      outcome: "ok",
    });
    return analysis;
  });
}
