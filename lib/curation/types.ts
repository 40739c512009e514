import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { DocumentStatus } from "@/lib/curation/schemas";
import type { Extracted } from "@/lib/documents/extract/types";
import type { MentionOrigin, MentionStatus } from "@/lib/text/types";

export type { MentionOrigin, MentionStatus };

/** The curation API's answers (docs/curation.md); the request bodies are in schemas.ts. */

export interface CuratedDocument {
  id: string;
  title: string;
  subtitle: string | null;
  section: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  publishedYearInferred: boolean;
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
  /** Passages cited by claims (lib/graph/documents.ts). */
  passageCount: number;
}

export interface DocumentListEntry extends CuratedDocument {
  /** Where `q` matched, when the list was searched. */
  snippet: string | null;
}

export interface MentionView {
  id: string;
  start: number;
  end: number;
  text: string;
  surface: string;
  status: MentionStatus;
  origin: MentionOrigin;
  reason: string;
  score: number | null;
  /** The linked actor, or the suggested one. */
  actorId: string | null;
  suggestedKind: ActorKind | null;
  version: number;
  decidedBy: string | null;
  decidedAt: string | null;
}

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

/** `POST /api/documents/{id}/freeze`. */
export interface FreezeResponse {
  document: CuratedDocument;
  analysis: {
    counts: Record<"mentions" | MentionStatus | "sentences" | "dates", number>;
    timings: Record<string, number>;
  };
}
