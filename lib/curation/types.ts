import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { DocumentStatus } from "@/lib/curation/schemas";
import type { Extracted } from "@/lib/documents/extract/types";
import type { DocumentSummary } from "@/lib/graph/types";
import type { MentionOrigin, MentionStatus, ProposedMention } from "@/lib/text/types";

export type { MentionOrigin, MentionStatus };

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
  /** Open counts suggested mentions too: both wait for a curator. */
  counts: { mentions: number; linked: number; open: number; rejected: number };
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
