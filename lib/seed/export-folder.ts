import { NotFound } from "@/lib/api/errors";
import { readTx, txRows, type Db, type Row } from "@/lib/db/session";
import { periodEnd, periodStart } from "@/lib/domain/periods";
import { RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";
import {
  LOCAL_ALIAS_TYPE,
  MEMBERSHIP_TYPE,
  MENTION_JUDGEMENT_LABEL,
  MENTION_LABEL,
  RELATIONSHIP_TYPES,
} from "@/lib/graph/schema";
import { occurrences } from "@/lib/seed/quotes";
import type { DocumentFolder } from "@/lib/seed/read-folder";
import type {
  ActorEntry,
  DatePeriod,
  DecisionEntry,
  DocumentFile,
  MembershipEntry,
  Quote,
  RelationshipEntry,
} from "@/lib/seed/schema";

/** One document's curated state in the graph-seed/ folder format (lib/seed/read-folder.ts). */
export type SeedFolderFiles = Omit<DocumentFolder, "dir">;

/** The shortest quote from `at` (forwards, or backwards when `backwards`) found once in `text`. */
function uniqueQuote(text: string, at: number, backwards: boolean): string {
  for (let length = 40; ; length += 20) {
    const quote = backwards
      ? text.slice(Math.max(0, at - length), at)
      : text.slice(at, at + length);
    const whole = backwards ? at - length <= 0 : at + length >= text.length;
    if (occurrences(text, quote).length === 1 || whole) return quote;
  }
}

/** How the seed files write a passage: its text, and which of its repeats in the body it is. */
function citationOf(text: string, body: { start: number; end: number }, passageId: string): Quote {
  const [, span] = passageId.split(/:(?=\d+-\d+$)/);
  const [start, end] = span!.split("-").map(Number) as [number, number];
  const quote = text.slice(start, end);
  const found = occurrences(text, quote, body.start, body.end);
  return found.length > 1 ? { quote, occurrence: found.indexOf(start) + 1 } : { quote };
}

const granularities = (date: string) => [date.slice(0, 4), date.slice(0, 7), date];

/**
 * The period(s) the seed files would write for a stored first and last day. The loader turns a
 * period back into exactly these days (lib/seed/bundle.ts), so the graph round-trips even where
 * the file's wording could differ ("2020-01-01 … 2020-01-31" is written "2020-01").
 */
export function datePeriods(dateStart: string, dateEnd: string): { start: string; end?: string } {
  const starts = granularities(dateStart).filter((p) => periodStart(p) === dateStart);
  const whole = starts.find((p) => periodEnd(p) === dateEnd);
  if (whole) return { start: whole };
  const ends = granularities(dateEnd).filter(
    (p) => periodEnd(p) === dateEnd && periodStart(p) >= dateStart,
  );
  return { start: starts[0]!, end: ends[0]! };
}

function dateOf(rel: Row): DatePeriod | undefined {
  if (typeof rel.dateStart !== "string") return undefined;
  const dateEnd = typeof rel.dateEnd === "string" ? rel.dateEnd : rel.dateStart;
  return {
    ...datePeriods(rel.dateStart, dateEnd),
    yearInferred: rel.yearInferred === true,
    ...(typeof rel.dateLabel === "string" ? { label: rel.dateLabel } : {}),
  };
}

const optional = <K extends string>(key: K, value: unknown) =>
  (typeof value === "string" && value !== "" ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** `npm run seed:export -- --document ID`: the document, its actors, claims and judgements. */
export async function exportDocumentFolder(db: Db, documentId: string): Promise<SeedFolderFiles> {
  return readTx(db, async (tx) => {
    const [docRow] = await txRows(
      tx,
      "MATCH (d:Document {id: $documentId}) WHERE d.draft IS NULL RETURN properties(d) AS d",
      { documentId },
    );
    if (!docRow) throw new NotFound(`No frozen document with id "${documentId}".`);
    const d = docRow.d as Row;
    const text = String(d.text);
    const body = { start: Number(d.bodyStart), end: Number(d.bodyEnd) };
    const prefix = `${documentId}:`;
    const cites = (passageIds: unknown) =>
      (passageIds as string[])
        .filter((id) => id.startsWith(prefix))
        .map((id) => citationOf(text, body, id));

    const relationships: RelationshipEntry[] = [];
    for (const family of RELATIONSHIP_FAMILIES) {
      const rows = await txRows(
        tx,
        `MATCH (s:Actor)-[r:${RELATIONSHIP_TYPES[family]}]->(t:Actor)
         WHERE any(p IN r.passageIds WHERE p STARTS WITH $prefix)
         RETURN s.id AS source, t.id AS target, properties(r) AS r ORDER BY r.id`,
        { prefix },
      );
      for (const row of rows) {
        const r = row.r as Row;
        const date = dateOf(r);
        relationships.push({
          id: String(r.id),
          source: String(row.source),
          target: String(row.target),
          family,
          kind: r.kind,
          weight: Number(r.weight),
          summary: String(r.summary),
          ...(date ? { date } : {}),
          citations: cites(r.passageIds),
        } as RelationshipEntry);
      }
    }
    const membershipRows = await txRows(
      tx,
      `MATCH (m:Actor)-[r:${MEMBERSHIP_TYPE}]->(g:Actor)
       WHERE any(p IN r.passageIds WHERE p STARTS WITH $prefix)
       RETURN m.id AS member, g.id AS group, properties(r) AS r ORDER BY r.id`,
      { prefix },
    );
    const memberships: MembershipEntry[] = membershipRows.map((row) => {
      const r = row.r as Row;
      return {
        id: String(r.id),
        member: String(row.member),
        group: String(row.group),
        role: String(r.role),
        citations: cites(r.passageIds),
      };
    });

    const endpointIds = [
      ...relationships.flatMap((r) => [r.source, r.target]),
      ...memberships.flatMap((m) => [m.member, m.group]),
    ];
    const actorRows = await txRows(
      tx,
      `MATCH (a:Actor)
       WHERE a.id IN $endpointIds OR $documentId IN coalesce(a.documentIds, [])
          OR EXISTS { (:${MENTION_LABEL} {documentId: $documentId, status: 'linked'})-[:REFERS_TO]->(a) }
       OPTIONAL MATCH (a)-[local:${LOCAL_ALIAS_TYPE}]->(:Document {id: $documentId})
       // A name a curator linked here by hand is, in the files' terms, a local alias: importing
       // the folder links its mentions again.
       WITH a, coalesce(local.aliases, []) + COLLECT {
         MATCH (m:${MENTION_LABEL} {documentId: $documentId, status: 'linked'})-[:REFERS_TO]->(a)
         WHERE m.text <> a.name AND NOT m.text IN coalesce(a.aliases, [])
         RETURN DISTINCT m.text ORDER BY m.text
       } AS texts
       RETURN properties(a) AS a,
              reduce(out = [], t IN texts | CASE WHEN t IN out THEN out ELSE out + t END) AS localAliases
       ORDER BY a.id`,
      { endpointIds, documentId },
    );
    const actors: ActorEntry[] = actorRows.map((row) => {
      const a = row.a as Row;
      const local = (row.localAliases as string[] | null) ?? [];
      return {
        id: String(a.id),
        name: String(a.name),
        aliases: (a.aliases as string[] | null) ?? [],
        ...(local.length > 0 ? { localAliases: [{ document: documentId, aliases: local }] } : {}),
        kind: a.kind as ActorEntry["kind"],
        description: String(a.description),
        ...optional("country", a.country),
        ...optional("role", a.role),
      };
    });
    const decisionRows = await txRows(
      tx,
      `MATCH (j:${MENTION_JUDGEMENT_LABEL} {documentId: $documentId})
       RETURN j.surface AS surface, j.verdict AS verdict, j.actorId AS actorId
       ORDER BY j.surface, j.verdict, j.actorId`,
      { documentId },
    );
    const decisions: DecisionEntry[] = decisionRows.map((row) => ({
      surface: String(row.surface),
      verdict: row.verdict as DecisionEntry["verdict"],
      ...optional("actorId", row.actorId),
    }));

    const document: DocumentFile = {
      id: documentId,
      title: String(d.title),
      ...optional("subtitle", d.subtitle),
      ...optional("section", d.section),
      ...optional("publisher", d.publisher),
      ...optional("author", d.author),
      ...optional("url", d.url),
      ...optional("language", d.language),
      ...(typeof d.published === "string"
        ? { published: { date: d.published, yearInferred: d.publishedYearInferred === true } }
        : {}),
      sourceFile: typeof d.sourceFile === "string" ? d.sourceFile : "document.txt",
      body: {
        startQuote: uniqueQuote(text, body.start, false),
        endQuote: uniqueQuote(text, body.end, true),
      },
    };
    return { document, text, actors, relationships, memberships, decisions };
  });
}
