import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { TextRange } from "@/lib/text/gazetteer";

export type TermStrength = "name" | "strong" | "weak";
/** A name or alias the graph knows: what the gazetteer looks for. */
export type AnalysisTerm = {
  actorId: string;
  actorName: string;
  text: string;
  strength: TermStrength;
};

/** Remembered decisions, by surface (as `normaliseSurface` writes it). */
export type AnalysisJudgements = {
  /** This document only: the surface is no actor, or is not this actor. */
  documentScoped: ReadonlyArray<{
    surface: string;
    verdict: "not_actor" | "not_this_actor";
    actorId: string | null;
  }>;
  /** Everywhere: this surface never names this actor. */
  notSame: ReadonlyArray<{ surface: string; actorId: string }>;
};

export type AnalysisInput = {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  /** "2020", "2020-02" or "2020-02-15": the anchor of relative dates. */
  published: string | null;
  terms: ReadonlyArray<AnalysisTerm>;
  judgements: AnalysisJudgements;
};

export type MentionStatus = "linked" | "suggested" | "open" | "rejected";
export type MentionOrigin =
  "name" | "strong_alias" | "weak_alias" | "fuzzy" | "ner" | "capitalised" | "manual" | "seed";

export type ProposedMention = TextRange & {
  text: string;
  surface: string;
  status: MentionStatus;
  origin: MentionOrigin;
  reason: string;
  score: number | null;
  actorId: string | null;
  suggestedKind: ActorKind | null;
};

export type Analysis = {
  /** Sentences of the body, as offsets into the whole text. */
  sentences: TextRange[];
  mentions: ProposedMention[];
  dates: (TextRange & { text: string; value: string })[];
  /** Milliseconds per stage, and `total`. */
  timings: Record<string, number>;
};
