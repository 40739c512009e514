import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { DocumentStatus } from "@/lib/curation/schemas";
import type { Extracted } from "@/lib/documents/extract/types";
import type { DocumentSummary } from "@/lib/graph/types";
import type { EdgeFamily } from "@/lib/domain/relationship-families";
import type {
  ClaimPolarity,
  LinkedSpan,
  MentionOrigin,
  MentionStatus,
  ProposedMention,
} from "@/lib/text/types";

export type { ClaimPolarity, MentionOrigin, MentionStatus };
import type { ClaimOrigin, ClaimStatus } from "@/lib/curation/schemas";
import type { MergeResponse, UnmergeResponse } from "@/lib/curation/merge-types";
export type { ClaimOrigin, ClaimStatus };

/** The curation API's answers (docs/curation.md); the request bodies are in schemas.ts. */

/** A document as curation sees it: the public summary, and its curation state. */
export interface CuratedDocument extends DocumentSummary {
  author: string | null;
  url: string | null;
  language: string | null;
  origin: string;
  format: string;
  bodyStart: number;
  bodyEnd: number;
  sha256: string | null;
  frozenAt: string | null;
  addedBy: string | null;
  addedAt: string | null;
  version: number;
  status: DocumentStatus;
  copyOf: { id: string; title: string } | null;
  /** Independent of other documents by its publisher, as its curator said (evidence counting). */
  countsSeparately: boolean;
  /** Open counts suggested mentions too: both wait for a curator. Claims: proposed excludes deferred. */
  counts: {
    mentions: number;
    linked: number;
    open: number;
    rejected: number;
    claimsProposed: number;
    claimsDeferred: number;
    claimsAccepted: number;
    claimsRejected: number;
  };
  /** A curator marked it finished (`POST /api/documents/{id}/finish`). */
  reviewed: { at: string; by: string } | null;
}

export interface DocumentListEntry extends CuratedDocument {
  /** Where `q` matched, when the list was searched. */
  snippet: string | null;
}

/**
 * A stored mention: what the analysis proposed (its `actorId` the linked actor, or the suggested
 * one), with its identity, version and the decision on it.
 */
export type MentionView = ProposedMention & {
  id: string;
  version: number;
  decidedBy: string | null;
  decidedAt: string | null;
};

/** Mentions of one surface form with one status and actor: the unit of the review queue. */
export interface MentionGroup {
  key: string;
  surface: string;
  status: MentionStatus;
  actorId: string | null;
  origin: MentionOrigin;
  reason: string;
  suggestedKind: ActorKind | null;
  mentions: MentionView[];
}

export interface MentionsResponse {
  document: CuratedDocument & { text: string };
  groups: MentionGroup[];
  actors: { id: string; name: string; kind: string }[];
}

/**
 * `POST /api/documents/{id}/mentions/decide`: the queue as the decision left it (every group, with
 * the mentions' new versions, and the actors they name), so the page draws it without asking for
 * the whole queue again; and the actor linked, if any.
 */
export type DecisionResult = Pick<MentionsResponse, "groups" | "actors"> & {
  actorId: string | null;
};

export interface SimilarDocument {
  id: string;
  title: string;
  similarity: number;
}

export type AliasStrength = "strong" | "weak";

/** `POST /api/documents/extract`: the extraction, and whether the graph already holds the text. */
export type Preview = Extracted & {
  origin: "paste" | "upload" | "url";
  /** The upload's file name, or the fetched page's address. */
  sourceFile: string | null;
  identicalTo: { id: string; title: string } | null;
  nearCopies: SimilarDocument[];
};

/** `POST /api/documents` (201) and `PATCH /api/documents/{id}`. */
export interface DraftResponse {
  document: CuratedDocument;
}

/** What moved from a superseded document to its correction, and what a person must look at. */
export interface SupersedeReport {
  supersedes: { id: string; title: string };
  passages: { moved: number; review: { id: string; text: string; reason: string }[] };
  mentions: { moved: number; review: { id: string; text: string; reason: string }[] };
}

/** `POST /api/documents/{id}/freeze`. */
export interface FreezeResponse {
  document: CuratedDocument;
  analysis: {
    counts: Record<"mentions" | MentionStatus | "sentences" | "dates", number>;
    timings: Record<string, number>;
  };
  superseded: SupersedeReport | null;
}

/** How much evidence stands behind one edge (lib/curation/evidence.ts computes it). */
export interface EdgeEvidence {
  id: string;
  family: EdgeFamily;
  kind: string;
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  /** Accepted claims that support the edge (asserts or reports), then those that deny it. */
  claimIds: string[];
  disputeClaimIds: string[];
  /** Documents of the supporting claims; independent: copies once, one publisher once. */
  sourceCount: number;
  independentSourceCount: number;
  contested: boolean;
  /** Why it is contested, for a person ("denied in 'Title'", "hostility in an overlapping period"). */
  contestedBecause: string[];
}

/** A citation of a claim: a span of its document's text (always inside the body). */
export interface ClaimCitation {
  start: number;
  end: number;
  text: string;
}

/**
 * A claim as the review queue shows it (docs/curation.md): a proposal from the analysis, a claim a
 * curator made by hand, or one the seed brought; accepted claims project onto the graph's edges.
 */
export interface ClaimView {
  id: string;
  version: number;
  documentId: string;
  status: ClaimStatus;
  /** A proposal the curator put aside for later: still `proposed`. */
  deferred: boolean;
  origin: ClaimOrigin;
  /** Why the analysis proposed it (null for manual and seed claims). */
  reason: string | null;
  subject: { id: string; name: string };
  object: { id: string; name: string };
  family: EdgeFamily | null;
  kind: string | null;
  polarity: ClaimPolarity;
  hedged: boolean;
  weight: number | null;
  summary: string | null;
  date: { start: string; end: string; label: string | null } | null;
  attribution: string | null;
  /** In the order the claim cites them; one at least. */
  citations: ClaimCitation[];
  /** The edge it supports or disputes once accepted (chosen on accept when the pair has edges). */
  edgeId: string | null;
  rejectReason: string | null;
  createdBy: string;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface ClaimProgress {
  total: number;
  proposed: number;
  deferred: number;
  accepted: number;
  rejected: number;
  retracted: number;
}

/** `GET /api/documents/{id}/claims`. */
export interface ClaimsResponse {
  document: CuratedDocument & { text: string };
  claims: ClaimView[];
  progress: ClaimProgress;
  /** Every edge between two actors some claim of this document names, with its evidence. */
  pairEdges: EdgeEvidence[];
  /** The kinds this curator used last, most recent first (for the kind picker). */
  recentKinds: string[];
  actors: { id: string; name: string; kind: string }[];
  /** The linked mentions, so a selection can name its actors ("Tehran" → Iran). */
  mentions: LinkedSpan[];
  /** The body's sentences as the analysis breaks them: what "a sentence wider" means. */
  sentences: { start: number; end: number }[];
}

/** `POST /api/documents/{id}/claims` (201) and `POST /api/documents/{id}/claims/decide`. */
export interface ClaimWriteResponse {
  claims: ClaimView[];
  progress: ClaimProgress;
  /** The edges the write recomputed, as they stand after it (a removed edge is absent). */
  edges: EdgeEvidence[];
  removedEdgeIds: string[];
}

/**
 * `POST /api/history/{entryId}/revert`: the revert's own entry, the one it reverted, and what it
 * changed, by kind: the claims (as a claim decision answers), the document's mention groups, or
 * the merge as the unmerge (or the new merge) left it.
 */
export type RevertResponse = { entryId: string; revertedEntryId: string } & (
  | ({ kind: "claims" } & ClaimWriteResponse)
  | { kind: "mentions"; groups: MentionGroup[] }
  | { kind: "merge"; unmerge: UnmergeResponse }
  | { kind: "unmerge"; merge: MergeResponse }
);
