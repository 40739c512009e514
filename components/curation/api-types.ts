/**
 * The curation API as the pages use it, written by hand from docs/curation.md while the backend
 * is being built. TEMPORARY: replace each type with an import of the zod-inferred type from
 * lib/curation once it exists; nothing else in components/curation declares a request or answer.
 */
import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { ActorSummary, DocumentSummary } from "@/lib/graph/types";

export type DocumentFormat = "text" | "markdown" | "html" | "pdf" | "docx";
export type DocumentOrigin = "paste" | "upload" | "url" | "seed";
export type DocumentStatus = "draft" | "frozen" | "in_review" | "reviewed";
export type MentionStatus = "linked" | "suggested" | "open" | "rejected";
export type MentionOrigin =
  "name" | "strong_alias" | "weak_alias" | "fuzzy" | "ner" | "capitalised" | "manual" | "seed";
export type AliasStrength = "strong" | "weak";

export interface DocumentMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
}

export interface NormalisationReport {
  linesJoined: number;
  hyphenationsRemoved: number;
  whitespaceCollapsed: number;
  controlCharactersRemoved: number;
  paragraphs: number;
  characters: number;
}

/** POST /api/documents/extract: multipart `file`, or JSON `{text}` or `{url}`. */
export type ExtractRequest = { text: string } | { url: string };

export interface Preview {
  text: string;
  format: DocumentFormat;
  origin: "paste" | "upload" | "url";
  metadata: DocumentMetadata;
  report: NormalisationReport;
  identicalTo: { id: string; title: string } | null;
  nearCopies: { id: string; title: string; similarity: number }[];
}

/** POST /api/documents → 201 `{document}`, a draft. */
export interface CreateDraftRequest {
  text: string;
  metadata: DocumentMetadata;
  bodyStart: number;
  bodyEnd: number;
  origin: Preview["origin"];
  format: DocumentFormat;
  normalisation: NormalisationReport;
}

export interface CuratedDocument {
  id: string;
  title: string;
  text: string;
  bodyStart: number;
  bodyEnd: number;
  version: number;
  frozenAt: string | null;
  status?: DocumentStatus;
  publisher?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
}

export interface DraftResponse {
  document: CuratedDocument;
}

/** POST /api/documents/{id}/freeze */
export interface FreezeRequest {
  version: number;
  copyOf?: string;
  independent?: true;
}

export interface FreezeResponse {
  document: CuratedDocument;
  analysis: { counts: Partial<Record<MentionStatus, number>>; timings: Record<string, number> };
}

export interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
  surface: string;
  status: MentionStatus;
  origin: MentionOrigin;
  reason: string;
  score: number | null;
  candidateId: string | null;
  version: number;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface MentionGroup {
  surface: string;
  /** The linked actor, or the suggested candidate. */
  actorId: string | null;
  status: MentionStatus;
  origin: MentionOrigin;
  reason: string;
  count: number;
  /** Not named in the contract's group; the analysis has it per mention (a question for main). */
  suggestedKind?: ActorKind | null;
  mentions: Mention[];
}

/** GET /api/documents/{id}/mentions */
export interface MentionsResponse {
  document: CuratedDocument;
  groups: MentionGroup[];
  actors: ActorSummary[];
}

type Targets = { mentions: { id: string; version: number }[] };

/** POST /api/documents/{id}/mentions/decide → the changed groups. */
export type Decision =
  | (Targets & { action: "link"; actorId: string; teachAlias?: AliasStrength })
  | (Targets & {
      action: "new_actor";
      actor: { name: string; kind: ActorKind; description: string };
      teachAlias?: AliasStrength;
    })
  | (Targets & { action: "not_actor" | "not_this_actor" | "reopen" });

export type DecisionAction = Decision["action"];

/** GET /api/documents?q=&status= : the seed's summary, and the curation fields once they land. */
export interface DocumentListItem extends DocumentSummary {
  status?: DocumentStatus;
  counts?: Partial<Record<MentionStatus, number>>;
  addedBy?: string | null;
  addedAt?: string | null;
}
