import { randomBytes } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { BadRequest, Conflict, NotFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import { recomputeDocumentEdges } from "@/lib/curation/claim-edges";
import type { AuditActor } from "@/lib/auth/audit-actor";
import type {
  CreateDraftBody,
  CuratedMetadata,
  DocumentStatus,
  UpdateDraftBody,
} from "@/lib/curation/schemas";
import type { CuratedDocument, DocumentListEntry } from "@/lib/curation/types";
import { readTx, txRows, writeTx, type Db, type Row } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import {
  CLAIM_LABEL,
  COPY_OF_TYPE,
  DOCUMENT_FULLTEXT_INDEX,
  MENTION_LABEL,
} from "@/lib/graph/schema";
import { toDocumentSummary } from "@/lib/graph/documents";
import { allTermsQuery } from "@/lib/graph/lucene";
import { bool, int, obj, str, strOrNull } from "@/lib/graph/values";

/**
 * A document's curation state: its metadata, its frozen hash, and the counts its status is derived
 * from. `d` is the document; a seeded document written before curation existed has no version or
 * origin yet, hence the coalesces.
 */
export const CURATED_DOCUMENT = (d: string) => `${d} {
  .id, .title, .subtitle, .section, .publisher, .author, .published, .url, .language, .sha256,
  .frozenAt, .addedBy, .addedAt, draft: ${d}.draft IS NOT NULL,
  publishedYearInferred: coalesce(${d}.publishedYearInferred, false),
  origin: coalesce(${d}.origin, 'seed'), format: coalesce(${d}.format, 'text'),
  bodyStart: ${d}.bodyStart, bodyEnd: ${d}.bodyEnd, version: coalesce(${d}.version, 0),
  countsSeparately: coalesce(${d}.countsSeparately, false),
  copyOf: head(COLLECT { MATCH (${d})-[:${COPY_OF_TYPE}]->(c:Document) RETURN c {.id, .title} }),
  mentions: COUNT { (m:${MENTION_LABEL} {documentId: ${d}.id}) },
  linked: COUNT { (m:${MENTION_LABEL} {documentId: ${d}.id, status: 'linked'}) },
  open: COUNT { (m:${MENTION_LABEL} {documentId: ${d}.id}) WHERE m.status IN ['open', 'suggested'] },
  rejected: COUNT { (m:${MENTION_LABEL} {documentId: ${d}.id, status: 'rejected'}) },
  decided: COUNT { (m:${MENTION_LABEL} {documentId: ${d}.id}) WHERE m.decidedBy IS NOT NULL },
  claimsProposed: COUNT { (c:${CLAIM_LABEL} {documentId: ${d}.id, status: 'proposed'}) WHERE NOT coalesce(c.deferred, false) },
  claimsDeferred: COUNT { (c:${CLAIM_LABEL} {documentId: ${d}.id, status: 'proposed', deferred: true}) },
  claimsAccepted: COUNT { (c:${CLAIM_LABEL} {documentId: ${d}.id, status: 'accepted'}) },
  claimsRejected: COUNT { (c:${CLAIM_LABEL} {documentId: ${d}.id, status: 'rejected'}) },
  .reviewedAt, .reviewedBy,
  passageCount: COUNT { (:Passage)-[:PART_OF]->(${d}) }
}`;

/**
 * The status is derived from the counts and the curator's "finished", never stored on its own,
 * so it cannot disagree with them: reviewed once a curator finished it, or when nothing is left
 * open (no open mention, no undecided claim).
 */
function statusOf(
  frozen: boolean,
  open: number,
  decided: number,
  finished: boolean,
): DocumentStatus {
  if (!frozen) return "draft";
  if (finished || open === 0) return "reviewed";
  return decided > 0 ? "in_review" : "frozen";
}

export function toCuratedDocument(row: Row): CuratedDocument {
  const copyOf = row.copyOf as Row | null;
  const frozenAt = strOrNull(row, "frozenAt");
  const counts = {
    mentions: int(row, "mentions"),
    linked: int(row, "linked"),
    open: int(row, "open"),
    rejected: int(row, "rejected"),
    claimsProposed: int(row, "claimsProposed"),
    claimsDeferred: int(row, "claimsDeferred"),
    claimsAccepted: int(row, "claimsAccepted"),
    claimsRejected: int(row, "claimsRejected"),
  };
  const reviewedAt = strOrNull(row, "reviewedAt");
  return {
    // The public summary's fields (title, publisher, passageCount…), then curation's own.
    ...toDocumentSummary(row),
    author: strOrNull(row, "author"),
    url: strOrNull(row, "url"),
    language: strOrNull(row, "language"),
    origin: str(row, "origin"),
    format: str(row, "format"),
    bodyStart: int(row, "bodyStart"),
    bodyEnd: int(row, "bodyEnd"),
    sha256: strOrNull(row, "sha256"),
    frozenAt,
    addedBy: strOrNull(row, "addedBy"),
    addedAt: strOrNull(row, "addedAt"),
    version: int(row, "version"),
    status: statusOf(
      !bool(row, "draft"),
      counts.open + counts.claimsProposed + counts.claimsDeferred,
      int(row, "decided") + counts.claimsAccepted + counts.claimsRejected,
      reviewedAt !== null,
    ),
    reviewed: reviewedAt ? { at: reviewedAt, by: strOrNull(row, "reviewedBy") ?? "" } : null,
    copyOf: copyOf ? { id: str(copyOf, "id"), title: str(copyOf, "title") } : null,
    countsSeparately: bool(row, "countsSeparately"),
    counts,
  };
}

/** The document with its text, or NotFound. */
export async function readCuratedDocument(
  tx: ManagedTransaction,
  id: string,
): Promise<CuratedDocument & { text: string }> {
  const [row] = await txRows(
    tx,
    `MATCH (d:Document {id: $id}) RETURN ${CURATED_DOCUMENT("d")} AS document, d.text AS text`,
    { id },
  );
  if (!row) throw new NotFound(`No document with id "${id}".`);
  return { ...toCuratedDocument(obj(row, "document")), text: str(row, "text") };
}

export function getCuratedDocument(db: Db, id: string) {
  return readTx(db, (tx) => readCuratedDocument(tx, id));
}

/** A body range must lie inside the text and hold something. */
export function checkBodyRange(text: string, bodyStart: number, bodyEnd: number): void {
  if (bodyEnd > text.length) {
    throw new BadRequest(`bodyEnd: must be at most the text's length (${text.length}).`, {
      field: "bodyEnd",
    });
  }
  if (bodyStart >= bodyEnd) {
    throw new BadRequest("bodyStart: must come before bodyEnd.", { field: "bodyStart" });
  }
  if (text.slice(bodyStart, bodyEnd).trim() === "") {
    throw new BadRequest("bodyStart: the body range holds only white space.", {
      field: "bodyStart",
    });
  }
}

function metadataProps(metadata: CuratedMetadata) {
  return {
    title: metadata.title,
    subtitle: metadata.subtitle,
    section: metadata.section,
    publisher: metadata.publisher,
    author: metadata.author,
    published: metadata.published,
    publishedYearInferred: metadata.publishedYearInferred,
    url: metadata.url,
    language: metadata.language,
  };
}

/** Refuses a text that is empty or, by its control characters, not text at all. */
export function checkDocumentText(text: string): void {
  if (text.trim() === "") throw new BadRequest("text: must not be empty.", { field: "text" });
  // Tabs and line breaks are text; NUL and the other C0 controls are a binary file pasted as text.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0) {
    throw new BadRequest(
      `text: holds ${controls} control character(s); this looks like a binary file, not text.`,
      { field: "text" },
    );
  }
}

export const newDocumentId = () => randomBytes(8).toString("hex");

/** Stores a draft (not yet frozen: no hash, no mentions), audited in the same transaction. */
export async function createDraft(
  db: Db,
  actor: AuditActor,
  body: CreateDraftBody,
): Promise<CuratedDocument> {
  checkDocumentText(body.text);
  const bodyStart = body.bodyStart ?? 0;
  const bodyEnd = body.bodyEnd ?? body.text.length;
  checkBodyRange(body.text, bodyStart, bodyEnd);
  const id = newDocumentId();
  return writeTx(db, async (tx) => {
    await tx.run(
      `CREATE (d:Document)
       SET d = $props`,
      {
        props: {
          id,
          ...metadataProps(body.metadata),
          text: body.text,
          bodyStart,
          bodyEnd,
          origin: body.origin,
          format: body.format,
          sourceFile: body.sourceFile,
          normalisation: body.normalisation ? JSON.stringify(body.normalisation) : null,
          addedBy: actor.user,
          addedAt: new Date().toISOString(),
          // Public reads (lib/graph/documents.ts) skip drafts; freezing removes the mark.
          draft: true,
          version: 0,
        },
      },
    );
    const document = await readCuratedDocument(tx, id);
    await recordAudit(tx, {
      ...actor,
      action: "document.create",
      target: id,
      after: { ...body.metadata, origin: body.origin, format: body.format, bodyStart, bodyEnd },
      outcome: "ok",
    });
    return omitText(document);
  });
}

export function omitText(document: CuratedDocument & { text: string }): CuratedDocument {
  const { text: _text, ...rest } = document;
  void _text;
  return rest;
}

/** Locks the document and checks the version its caller saw. */
export async function lockDocument(
  tx: ManagedTransaction,
  id: string,
  version: number,
): Promise<CuratedDocument & { text: string }> {
  await tx.run(`MATCH (d:Document {id: $id}) SET d._lock = true REMOVE d._lock`, { id });
  const document = await readCuratedDocument(tx, id);
  if (document.version !== version) {
    throw new Conflict(
      "version_conflict",
      `Document "${id}" changed since you loaded it (version ${document.version}, not ${version}); reload it.`,
      { field: "version", current: document.version },
    );
  }
  return document;
}

/** Changes a draft's metadata or body range; a frozen document's text and range never change. */
export async function updateDraft(
  db: Db,
  actor: AuditActor,
  id: string,
  body: UpdateDraftBody,
): Promise<CuratedDocument> {
  return writeTx(db, async (tx) => {
    const before = await lockDocument(tx, id, body.version);
    if (before.status !== "draft" && (body.bodyStart !== undefined || body.bodyEnd !== undefined)) {
      throw new Conflict(
        "document_frozen",
        "The document is frozen: its text and body range no longer change. Add a corrected copy as a new document.",
        { field: "bodyStart" },
      );
    }
    const bodyStart = body.bodyStart ?? before.bodyStart;
    const bodyEnd = body.bodyEnd ?? before.bodyEnd;
    checkBodyRange(before.text, bodyStart, bodyEnd);
    await tx.run(
      `MATCH (d:Document {id: $id})
       SET d += $props, d.version = d.version + 1`,
      {
        id,
        props: {
          ...(body.metadata ? metadataProps(body.metadata) : {}),
          ...(body.countsSeparately === undefined
            ? {}
            : { countsSeparately: body.countsSeparately }),
          bodyStart,
          bodyEnd,
        },
      },
    );
    const after = await readCuratedDocument(tx, id);
    // Who published it and whether it counts on its own decide how many independent sources its
    // claims' edges have: recomputed in this transaction, like every claim decision.
    const independence =
      after.publisher !== before.publisher || after.countsSeparately !== before.countsSeparately;
    const recomputed = independence ? await recomputeDocumentEdges(tx, id) : [];
    await recordAudit(tx, {
      ...actor,
      action: "document.update",
      target: id,
      before: omitText(before),
      after: omitText(after),
      outcome: "ok",
      about: { documents: [id], edges: recomputed },
    });
    // A frozen document's metadata is in the public reads and every citation; a draft's is not.
    if (before.status !== "draft") await bumpGraphVersion(tx);
    return omitText(after);
  });
}

const SNIPPET_RADIUS = 80;

/** Where the first term of `q` occurs in `text`, with some words either side. */
function snippetOf(text: string, q: string): string | null {
  const term = q.split(/\s+/).find((word) => word.length > 1) ?? q;
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  if (at === -1) return null;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + term.length + SNIPPET_RADIUS);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ")}${end < text.length ? "…" : ""}`;
}

/** Documents newest first, or those whose text or title matches `q`, best first. */
export async function listCuratedDocuments(
  db: Db,
  query: {
    q?: string;
    status?: DocumentStatus;
    limit: number;
    offset: number;
    /** Drafts are curators' unfinished work: listed only for them. */
    includeDrafts: boolean;
  },
): Promise<{ documents: DocumentListEntry[]; hasMore: boolean }> {
  return readTx(db, async (tx) => {
    const q = query.q ? allTermsQuery(query.q) : null;
    // A status filter is applied after the counts; the list is bounded by the page either way.
    const rows = q
      ? await txRows(
          tx,
          `CALL db.index.fulltext.queryNodes($index, $q) YIELD node AS d, score
           RETURN ${CURATED_DOCUMENT("d")} AS document, d.text AS text
           ORDER BY score DESC, d.id`,
          { index: DOCUMENT_FULLTEXT_INDEX, q },
        )
      : await txRows(
          tx,
          `MATCH (d:Document)
           RETURN ${CURATED_DOCUMENT("d")} AS document, null AS text
           ORDER BY coalesce(d.addedAt, '') DESC, d.published DESC, d.title, d.id`,
        );
    const documents = rows
      .map((row) => ({
        ...toCuratedDocument(obj(row, "document")),
        snippet: query.q && typeof row.text === "string" ? snippetOf(row.text, query.q) : null,
      }))
      .filter((document) => query.includeDrafts || document.status !== "draft")
      .filter((document) => !query.status || document.status === query.status);
    const page = documents.slice(query.offset, query.offset + query.limit + 1);
    return { documents: page.slice(0, query.limit), hasMore: page.length > query.limit };
  });
}
