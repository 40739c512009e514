import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { readTx, txRows, type Db, type Row } from "@/lib/db/session";
import { ACTOR_SUMMARY, CLAIM_TYPES } from "@/lib/graph/cypher";
import { toActorSummary } from "@/lib/graph/mappers";
import { LOCAL_ALIAS_TYPE, MEMBERSHIP_TYPE } from "@/lib/graph/schema";
import type {
  DocumentDetailResponse,
  DocumentSummary,
  DocumentsResponse,
  Passage,
} from "@/lib/graph/types";
import { bool, int, obj, str, strOrNull, strings } from "@/lib/graph/values";

// Only passages are PART_OF a document (README, graph schema): without the label on the far end
// the count is the document's degree from the count store, not a read of each of its passages.
const SUMMARY_FIELDS = `.id, .title, .subtitle, .section, .publisher, .published, .publishedYearInferred,
  passageCount: COUNT { ()-[:PART_OF]->(d) }`;

export function toDocumentSummary(row: Row): DocumentSummary {
  return {
    id: str(row, "id"),
    title: str(row, "title"),
    subtitle: strOrNull(row, "subtitle"),
    section: strOrNull(row, "section"),
    publisher: strOrNull(row, "publisher"),
    published: strOrNull(row, "published"),
    publishedYearInferred: bool(row, "publishedYearInferred"),
    passageCount: int(row, "passageCount"),
  };
}

// Listed documents: frozen ones (a curator's unfrozen draft is not one yet), dated or not. The dated
// are found and ordered by the document_published index (a partial top over its order: a page
// reads about its own rows); an index holds no nulls, so the undated, listed after them, are read
// only by a page that reaches past the last dated one.
const LISTED = (dated: boolean) =>
  `MATCH (d:Document) WHERE d.published IS ${dated ? "NOT NULL" : "NULL"} AND d.draft IS NULL`;

/** Documents without their text, newest first, then the undated by title. */
export async function listDocuments(
  db: Db,
  page: { limit: number; offset: number },
): Promise<DocumentsResponse> {
  return readTx(db, (tx) => listDocumentsIn(tx, page));
}

/** listDocuments inside a transaction of the caller's. */
export async function listDocumentsIn(
  tx: ManagedTransaction,
  page: { limit: number; offset: number },
): Promise<DocumentsResponse> {
  const wanted = page.limit + 1;
  const dated = await txRows(
    tx,
    `${LISTED(true)}
     RETURN d {${SUMMARY_FIELDS}} AS document
     ORDER BY d.published DESC, d.title, d.id
     SKIP $skip LIMIT $limit`,
    { skip: neo4j.int(page.offset), limit: neo4j.int(wanted) },
  );
  let found = dated;
  if (dated.length < wanted) {
    // Past the last dated document: how many there are is known unless this page skipped them all.
    const datedCount =
      dated.length > 0
        ? page.offset + dated.length
        : Number((await txRows(tx, `${LISTED(true)} RETURN count(d) AS n`))[0]?.n ?? 0);
    const undated = await txRows(
      tx,
      `${LISTED(false)}
       RETURN d {${SUMMARY_FIELDS}} AS document
       ORDER BY d.title, d.id
       SKIP $skip LIMIT $limit`,
      {
        skip: neo4j.int(Math.max(0, page.offset - datedCount)),
        limit: neo4j.int(wanted - dated.length),
      },
    );
    found = [...dated, ...undated];
  }
  const documents = found.map((row) => toDocumentSummary(obj(row, "document")));
  return { documents: documents.slice(0, page.limit), hasMore: documents.length > page.limit };
}

function groupIds(found: Row[]): Map<string, string[]> {
  return new Map(found.map((row) => [str(row, "passageId"), strings(row, "ids").sort()]));
}

/**
 * The claims of `types` that cite each passage. A passage mentions both ends of every claim that
 * cites it (the seed loader makes it so, lib/seed/bundle.ts), so each such claim touches one of
 * the passage's actors other than its best-connected one: walking those actors' ties finds them
 * all without scanning every claim or the hub's ten thousand ties.
 */
function claimsCiting(tx: ManagedTransaction, passageIds: string[], types: string): Promise<Row[]> {
  return txRows(
    tx,
    `UNWIND $passageIds AS passageId
     MATCH (p:Passage {id: passageId})-[:MENTIONS]->(a:Actor)
     WITH p, a ORDER BY COUNT { (a)-[:${types}]-() } DESC
     WITH p, collect(a)[1..] AS lesser
     UNWIND lesser AS a
     MATCH (a)-[r:${types}]-()
     WHERE p.id IN r.passageIds
     RETURN p.id AS passageId, collect(DISTINCT r.id) AS ids`,
    { passageIds },
  );
}

/** A bound on a document's passages and actors, far above what one article holds. */
const DOCUMENT_LIST_CAP = neo4j.int(10_000);

/**
 * A document's text and its cited passages, each with the actors it mentions and the claims
 * that cite it; null when unknown.
 */
export async function getDocument(db: Db, id: string): Promise<DocumentDetailResponse | null> {
  return readTx(db, async (tx) => {
    const [documentRow] = await txRows(
      tx,
      `MATCH (d:Document {id: $id}) WHERE d.draft IS NULL
       RETURN d {${SUMMARY_FIELDS}, .sourceFile, .text, .bodyStart, .bodyEnd} AS document`,
      { id },
    );
    if (!documentRow) return null;
    const passageRows = await txRows(
      tx,
      `MATCH (p:Passage {documentId: $id})
       RETURN p.id AS id, p.start AS start, p.end AS end,
              COLLECT { MATCH (p)-[:MENTIONS]->(a:Actor) RETURN a.id ORDER BY a.id } AS actorIds
       ORDER BY p.start, p.end
       LIMIT $cap`,
      { id, cap: DOCUMENT_LIST_CAP },
    );
    const passageIds = passageRows.map((row) => str(row, "id"));
    const relationshipIds = groupIds(await claimsCiting(tx, passageIds, CLAIM_TYPES));
    const membershipIds = groupIds(await claimsCiting(tx, passageIds, MEMBERSHIP_TYPE));
    const actorRows = await txRows(
      tx,
      `MATCH (:Passage {documentId: $id})-[:MENTIONS]->(a:Actor)
       WITH DISTINCT a
       // Inside this document its local aliases are aliases like any other.
       OPTIONAL MATCH (a)-[local:${LOCAL_ALIAS_TYPE}]->(:Document {id: $id})
       WITH a, local, ${ACTOR_SUMMARY("a")} AS summary
       RETURN summary {.*, aliases: a.aliases + coalesce(local.aliases, [])} AS actor
       ORDER BY a.name, a.id
       LIMIT $cap`,
      { id, cap: DOCUMENT_LIST_CAP },
    );
    const document = obj(documentRow, "document");
    const passages: Passage[] = passageRows.map((row) => {
      const passageId = str(row, "id");
      return {
        id: passageId,
        start: int(row, "start"),
        end: int(row, "end"),
        actorIds: strings(row, "actorIds"),
        relationshipIds: relationshipIds.get(passageId) ?? [],
        membershipIds: membershipIds.get(passageId) ?? [],
      };
    });
    return {
      document: {
        ...toDocumentSummary(document),
        sourceFile: strOrNull(document, "sourceFile"),
        text: str(document, "text"),
        bodyStart: int(document, "bodyStart"),
        bodyEnd: int(document, "bodyEnd"),
      },
      passages,
      actors: actorRows.map((row) => toActorSummary(obj(row, "actor"))),
    };
  });
}
