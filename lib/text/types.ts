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

/** A linked mention as claim proposals see it: a span of the text and the actor it names. */
export type LinkedSpan = TextRange & { actorId: string };

export type ClaimPolarity = "asserts" | "denies" | "reports";

/**
 * A candidate claim found in one sentence that names two linked actors (lib/text/claim-proposals.ts).
 * Family and kind are set only when the sentence's cue is unambiguous; otherwise both are null and
 * the curator chooses.
 */
export type ClaimProposal = TextRange & {
  subjectId: string;
  objectId: string;
  family: "influence" | "hostility" | null;
  kind: string | null;
  polarity: ClaimPolarity;
  /** "allegedly", "reportedly", "seemed to": the claim is weight 1. */
  hedged: boolean;
  /** 1 when hedged; null when the analysis has no opinion. */
  weight: 1 | null;
  /** Who the sentence attributes the statement to ("Keane said"), as it is written. */
  attribution: string | null;
  /** Characters between the two actors' nearest mentions: proposals come nearest first. */
  distance: number;
  /** Why it is proposed, for a person: "cue 'backs'; 'Iran' and 'PMU' 12 characters apart". */
  reason: string;
};
