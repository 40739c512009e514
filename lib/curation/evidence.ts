import { formatRange } from "@/lib/domain/periods";
import type { EdgeFamily } from "@/lib/domain/relationship-families";
import type { ClaimPolarity } from "@/lib/text/types";

/*
 * The one aggregation rule (issue 16, docs/curation.md "Claims and edges"): the graph's edges are
 * a projection of accepted claims. Pure, so the rule's table is a unit test and the seed import
 * and every curator decision compute edges the same way.
 */

/** An accepted claim as the rule reads it. */
export interface ClaimForEdge {
  id: string;
  edgeId: string;
  family: EdgeFamily;
  kind: string;
  polarity: ClaimPolarity;
  weight: number;
  summary: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  dateLabel: string | null;
  yearInferred: boolean;
  subjectId: string;
  objectId: string;
  documentId: string;
  /** The claim's passages, in its citation order. */
  passageIds: string[];
  /** When it was made; the earliest supporting claim gives the edge its kind and summary. */
  createdAt: string;
}

/** What independence needs to know of a document. */
export interface EvidenceDocument {
  id: string;
  title: string | null;
  publisher: string | null;
  /** The document it is a copy of, followed to the end (COPY_OF): copies count once. */
  copyRootId: string | null;
  /** The curator said this document is independent of others by its publisher. */
  countsSeparately: boolean;
}

/** One edge as the graph stores it: endpoints, family and its properties. */
export interface ProjectedEdge {
  id: string;
  family: EdgeFamily;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

const byAge = (a: ClaimForEdge, b: ClaimForEdge) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * The source a document counts as: its copy family's first document, and that document's
 * publisher unless the curator said it counts separately.
 */
export function independenceKey(
  documentId: string,
  documents: Map<string, EvidenceDocument>,
): string {
  const document = documents.get(documentId);
  const rootId = document?.copyRootId ?? documentId;
  const root = documents.get(rootId) ?? document;
  const publisher = root?.publisher?.trim().toLowerCase();
  if (publisher && !root?.countsSeparately) return `publisher:${publisher}`;
  return `document:${rootId}`;
}

function widestDates(claims: ClaimForEdge[]) {
  const dated = claims.filter((claim) => claim.dateStart && claim.dateEnd);
  if (dated.length === 0) {
    return { dateStart: null, dateEnd: null, dateLabel: null, yearInferred: false };
  }
  const dateStart = dated.map((claim) => claim.dateStart!).sort()[0]!;
  const dateEnd = dated
    .map((claim) => claim.dateEnd!)
    .sort()
    .at(-1)!;
  // One claim's own label stays when its range is the edge's; a widened range is described anew.
  const same = dated.find((claim) => claim.dateStart === dateStart && claim.dateEnd === dateEnd);
  return {
    dateStart,
    dateEnd,
    dateLabel: same ? same.dateLabel : formatRange(dateStart, dateEnd),
    yearInferred: dated.some((claim) => claim.yearInferred),
  };
}

const overlaps = (a: { dateStart: unknown; dateEnd: unknown }, b: typeof a) =>
  typeof a.dateStart === "string" &&
  typeof a.dateEnd === "string" &&
  typeof b.dateStart === "string" &&
  typeof b.dateEnd === "string" &&
  a.dateStart <= b.dateEnd &&
  b.dateStart <= a.dateEnd;

const isDated = (props: { dateStart?: unknown; dateEnd?: unknown }) =>
  typeof props.dateStart === "string" && typeof props.dateEnd === "string";

const OTHER_FAMILY: Partial<Record<EdgeFamily, EdgeFamily>> = {
  influence: "hostility",
  hostility: "influence",
};

/**
 * The edges of one pair of actors from all their accepted claims (both directions):
 * - claims are grouped by `edgeId`; an edge exists while at least one claim supports it (asserts
 *   or reports) — a denial alone draws nothing, and the last withdrawn claim removes the edge;
 * - the earliest supporting claim gives direction, family, kind and summary; passages and
 *   documents are united in claim order; weight is the strongest; dates the widest;
 * - `sourceCount` counts documents, `independentSourceCount` independence keys (copies once, one
 *   publisher once unless a document counts separately);
 * - contested: an accepted denial of the edge; or an edge of the other family on the same pair in
 *   an overlapping period, or — when either is undated — from another independent source (a
 *   conflicting kind from another source).
 */
export function projectPairEdges(
  claims: ClaimForEdge[],
  documents: Map<string, EvidenceDocument>,
): ProjectedEdge[] {
  const byEdge = new Map<string, ClaimForEdge[]>();
  for (const claim of [...claims].sort(byAge)) {
    byEdge.set(claim.edgeId, [...(byEdge.get(claim.edgeId) ?? []), claim]);
  }
  const edges: ProjectedEdge[] = [];
  for (const [edgeId, edgeClaims] of byEdge) {
    const supporting = edgeClaims.filter((claim) => claim.polarity !== "denies");
    const disputing = edgeClaims.filter((claim) => claim.polarity === "denies");
    const first = supporting[0];
    if (!first) continue;
    const documentIds = unique(supporting.map((claim) => claim.documentId));
    const evidence = {
      claimIds: supporting.map((claim) => claim.id),
      disputeClaimIds: disputing.map((claim) => claim.id),
      disputePassageIds: unique(disputing.flatMap((claim) => claim.passageIds)),
      sourceCount: documentIds.length,
      independentSourceCount: new Set(documentIds.map((id) => independenceKey(id, documents))).size,
      contested: disputing.length > 0,
      contestedBecause: disputing.map(
        (claim) => `denied in ${quoteTitle(documents.get(claim.documentId), claim.documentId)}`,
      ),
    };
    const passageIds = unique(supporting.flatMap((claim) => claim.passageIds));
    const props: Record<string, unknown> =
      first.family === "membership"
        ? { id: edgeId, role: first.kind, passageIds, documentIds, ...evidence }
        : {
            id: edgeId,
            family: first.family,
            kind: first.kind,
            weight: Math.max(...supporting.map((claim) => claim.weight)),
            summary: first.summary ?? "",
            ...widestDates(supporting),
            passageIds,
            documentIds,
            ...evidence,
          };
    edges.push({
      id: edgeId,
      family: first.family,
      source: first.subjectId,
      target: first.objectId,
      props,
    });
  }
  const sourcesOf = (edge: ProjectedEdge) =>
    (edge.props.documentIds as string[]).map((id) => ({ id, key: independenceKey(id, documents) }));
  for (const edge of edges) {
    const other = OTHER_FAMILY[edge.family];
    if (!other) continue;
    const own = new Set(sourcesOf(edge).map((source) => source.key));
    for (const rival of edges) {
      if (rival.family !== other) continue;
      const dated = isDated(edge.props) && isDated(rival.props);
      // Undated, the two families conflict only between sources: one article may well say that
      // the US both pressured and backed a government; two sources saying opposite things is news.
      const elsewhere = dated ? null : sourcesOf(rival).find((source) => !own.has(source.key));
      if (dated ? !overlaps(edge.props as never, rival.props as never) : !elsewhere) continue;
      edge.props.contested = true;
      edge.props.contestedBecause = [
        ...(edge.props.contestedBecause as string[]),
        elsewhere
          ? `${other} (${String(rival.props.kind)}) in ${quoteTitle(documents.get(elsewhere.id), elsewhere.id)}`
          : `${other} (${String(rival.props.kind)}) in an overlapping period`,
      ];
    }
  }
  return edges;
}

function quoteTitle(document: EvidenceDocument | undefined, id: string): string {
  return `“${document?.title ?? id}”`;
}
