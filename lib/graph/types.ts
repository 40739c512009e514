import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES, RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

/**
 * The read API's response shapes, written once as zod schemas: the query modules return these
 * types, the route handlers send them, and the explorer UI (or a test) may parse a response with
 * them at its own boundary.
 */

export const ActorSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()),
  description: z.string(),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const ActorSchema = ActorSummarySchema.extend({
  country: z.string().nullable(),
  role: z.string().nullable(),
  documentIds: z.array(z.string()),
});
export type Actor = z.infer<typeof ActorSchema>;

/** One passage a relationship or membership rests on. */
export const CitationSchema = z.object({
  passageId: z.string(),
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  text: z.string(),
  /** UTF-16 offsets into the document's text, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** start/end are YYYY-MM-DD: the first and last day of the period the source gives. */
export const RelationshipDateSchema = z.object({
  start: z.string(),
  end: z.string(),
  label: z.string().nullable(),
  yearInferred: z.boolean(),
});
export type RelationshipDate = z.infer<typeof RelationshipDateSchema>;

/**
 * How much stands behind an edge (lib/curation/evidence.ts): its accepted claims, the documents
 * they come from, how many of those are independent (copies once, one publisher once), and
 * whether another claim disputes it. An edge written without claims (a generated graph) counts
 * its documents.
 */
export const EvidenceColumnsSchema = z.object({
  claimCount: z.number().int().min(0),
  sourceCount: z.number().int().min(0),
  independentSourceCount: z.number().int().min(0),
  contested: z.boolean(),
});
/**
 * The evidence's counts as flat, primitive columns: Cytoscape element data and the export files
 * carry these (from `evidenceColumns`), the nested `evidence` carries them too.
 */
export type EvidenceColumns = z.infer<typeof EvidenceColumnsSchema>;

export const EvidenceSchema = EvidenceColumnsSchema.extend({
  contestedBecause: z.array(z.string()),
  /** The passages of the claims that deny it, in claim order. */
  disputes: z.array(CitationSchema),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * The one relationship model (influence and hostility): what the read API, the analyses, the paths
 * and the exports all carry. Read with `RELATIONSHIP` (lib/graph/cypher.ts) and `toRelationship`
 * (lib/graph/mappers.ts); `citations` come in the order the relationship cites them.
 */
export const RelationshipSchema = z.object({
  id: z.string(),
  family: z.enum(RELATIONSHIP_FAMILIES),
  kind: z.string(),
  source: z.string(),
  sourceName: z.string(),
  target: z.string(),
  targetName: z.string(),
  weight: z.number().int().min(1).max(3),
  summary: z.string(),
  date: RelationshipDateSchema.nullable(),
  citations: z.array(CitationSchema),
  evidence: EvidenceSchema,
});
export type Relationship = z.infer<typeof RelationshipSchema>;

export const MembershipSchema = z.object({
  id: z.string(),
  role: z.string(),
  member: z.string(),
  memberName: z.string(),
  group: z.string(),
  groupName: z.string(),
  citations: z.array(CitationSchema),
});
export type Membership = z.infer<typeof MembershipSchema>;

export const ActorsResponseSchema = z.object({
  actors: z.array(ActorSummarySchema),
  /** True when another page follows (ask again with offset + limit). */
  hasMore: z.boolean(),
});
export type ActorsResponse = z.infer<typeof ActorsResponseSchema>;

export const ActorDetailResponseSchema = z.object({
  actor: ActorSchema,
  /** Both directions: groups the actor belongs to (member = actor) and its members (group = actor). */
  memberships: z.array(MembershipSchema),
  /**
   * Both directions: source = actor (given) or target = actor (received), by family, strongest
   * first; at most 150 of each family (the strongest), see `counts` and `truncated`.
   */
  relationships: z.array(RelationshipSchema),
  /** Every tie the actor has, listed or not. */
  counts: z.object({
    influence: z.number().int(),
    hostility: z.number().int(),
    memberships: z.number().int(),
  }),
  /** True when the lists stop short of `counts`: the actor has more ties than are listed. */
  truncated: z.boolean(),
});
export type ActorDetailResponse = z.infer<typeof ActorDetailResponseSchema>;

/** /api/relationships/{id} answers for influence and hostility ids, and for membership ids. */
export const RelationshipResponseSchema = z.union([
  z.object({ relationship: RelationshipSchema }),
  z.object({ membership: MembershipSchema }),
]);
export type RelationshipResponse = z.infer<typeof RelationshipResponseSchema>;

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  section: z.string().nullable(),
  publisher: z.string().nullable(),
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precisely as the source dates it. */
  published: z.string().nullable(),
  publishedYearInferred: z.boolean(),
  passageCount: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentsResponseSchema = z.object({
  documents: z.array(DocumentSummarySchema),
  hasMore: z.boolean(),
});
export type DocumentsResponse = z.infer<typeof DocumentsResponseSchema>;

export const SourceDocumentSchema = DocumentSummarySchema.extend({
  /** The file it came from; null for a pasted text. */
  sourceFile: z.string().nullable(),
  text: z.string(),
  /** The article body is text.slice(bodyStart, bodyEnd); the rest is page furniture. */
  bodyStart: z.number().int(),
  bodyEnd: z.number().int(),
});
/** Named so as not to shadow the DOM's `Document` in client code. */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const PassageSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  actorIds: z.array(z.string()),
  relationshipIds: z.array(z.string()),
  membershipIds: z.array(z.string()),
});
export type Passage = z.infer<typeof PassageSchema>;

export const DocumentDetailResponseSchema = z.object({
  document: SourceDocumentSchema,
  /** In text order. */
  passages: z.array(PassageSchema),
  /** Every actor a passage of this document mentions, by name, so a reader can link mentions. */
  actors: z.array(ActorSummarySchema),
});
export type DocumentDetailResponse = z.infer<typeof DocumentDetailResponseSchema>;

/**
 * A relationship's date as flat, primitive columns, for the formats that cannot nest: Cytoscape
 * element data and the export files. Derived from `RelationshipDate` by `dateColumns`.
 */
export const DateColumnsSchema = z.object({
  dateStart: z.string().nullable(),
  dateEnd: z.string().nullable(),
  dateLabel: z.string().nullable(),
  yearInferred: z.boolean(),
});
export type DateColumns = z.infer<typeof DateColumnsSchema>;

/** Cytoscape element data stays flat and primitive. */
export const GraphNodeDataSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(ACTOR_KINDS),
  /** Counts over the whole graph, whatever the filters: for sizing nodes. */
  influenceOut: z.number().int(),
  influenceIn: z.number().int(),
  hostilityOut: z.number().int(),
  hostilityIn: z.number().int(),
  /** Sum of the weights of the influence the actor gives. */
  influenceWeight: z.number().int(),
  /** Edges of this response that touch the node. */
  degree: z.number().int(),
  /** Hops from the focused actor (0 for the focus); null without a focus. */
  distance: z.number().int().nullable(),
});
export type GraphNodeData = z.infer<typeof GraphNodeDataSchema>;

export const GraphEdgeDataSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  family: z.enum(EDGE_FAMILIES),
  /** The relationship kind ("backs", "attacks", …); "member-of" for memberships. */
  kind: z.string(),
  /** 1–3; null for memberships, which have no strength. */
  weight: z.number().int().nullable(),
  /** The relationship's summary; the member's role for memberships. */
  summary: z.string(),
  ...DateColumnsSchema.shape,
  citationCount: z.number().int(),
  ...EvidenceColumnsSchema.shape,
});
export type GraphEdgeData = z.infer<typeof GraphEdgeDataSchema>;

export const GraphResponseSchema = z.object({
  nodes: z.array(z.object({ data: GraphNodeDataSchema })),
  edges: z.array(z.object({ data: GraphEdgeDataSchema })),
  /** True when `limit` cut nodes or edges. */
  truncated: z.boolean(),
  counts: z.object({
    nodes: z.number().int(),
    edges: z.number().int(),
    /** Actors and edges that matched but were cut by `limit`. */
    nodesOverLimit: z.number().int(),
    /**
     * False when a focused view filled `limit` before walking `depth` hops: the hops beyond were
     * not walked, so nodesOverLimit is a lower bound ("and at least N more").
     */
    nodesOverLimitExact: z.boolean(),
    edgesOverLimit: z.number().int(),
    /**
     * The whole view before `limit` cut it, exact: with a focus, every actor within `depth` hops
     * through edges that pass the filters (the focus included) and every passing edge among them;
     * without one, the actors and edges the filters let through in the whole graph. "1,000 of
     * 8,412 actors" is `nodes` of `matchedActors`. Null for a cut focused view whose counting
     * would read too much to wait for: /api/graph/totals with the same parameters answers them.
     */
    matchedActors: z.number().int().nullable(),
    matchedEdges: z.number().int().nullable(),
    /**
     * Relationships that pass every filter but the date range and are hidden because they have
     * no date (0 without from/to): over the whole graph, or touching a shown actor with a focus.
     */
    undatedHidden: z.number().int(),
    /** The whole graph's actors and edges (all three families), whatever the view and filters. */
    totalActors: z.number().int(),
    totalEdges: z.number().int(),
  }),
});
export type GraphResponse = z.infer<typeof GraphResponseSchema>;

/** GET /api/graph/totals: a focused view's exact totals, as /api/graph's counts name them. */
export const FocusTotalsSchema = z.object({
  matchedActors: z.number().int(),
  matchedEdges: z.number().int(),
});
export type FocusTotals = z.infer<typeof FocusTotalsSchema>;
export type GraphNode = GraphResponse["nodes"][number];
export type GraphEdge = GraphResponse["edges"][number];
