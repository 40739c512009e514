import { findDates } from "@/lib/text/dates";
import { closestTarget } from "@/lib/text/fuzzy";
import { createGazetteer, type GazetteerHit } from "@/lib/text/gazetteer";
import { findNameCandidates, type NameCandidate } from "@/lib/text/names";
import { bodySentences } from "@/lib/text/sentences";
import { normaliseSurface } from "@/lib/text/surface";
import type {
  Analysis,
  AnalysisInput,
  AnalysisJudgements,
  AnalysisTerm,
  ProposedMention,
} from "@/lib/text/types";

const DECIDED = "decided in this document";

function stopwatch() {
  const timings: Record<string, number> = {};
  const began = performance.now();
  let last = began;
  return {
    timings,
    lap(stage: string) {
      const now = performance.now();
      timings[stage] = Math.round((now - last) * 10) / 10;
      last = now;
    },
    stop() {
      timings.total = Math.round((performance.now() - began) * 10) / 10;
    },
  };
}

/** Lookups over the remembered judgements, by normalised surface. */
function judgementsOf({ documentScoped, notSame }: AnalysisJudgements) {
  const key = (surface: string, actorId: string | null) =>
    `${normaliseSurface(surface)}\u0000${actorId ?? ""}`;
  const notActor = new Set(
    documentScoped.filter((j) => j.verdict === "not_actor").map((j) => normaliseSurface(j.surface)),
  );
  const notThisHere = new Set(
    documentScoped
      .filter((j) => j.verdict === "not_this_actor")
      .map((j) => key(j.surface, j.actorId)),
  );
  const notSameAnywhere = new Set(notSame.map((j) => key(j.surface, j.actorId)));
  return {
    isNotActor: (surface: string) => notActor.has(surface),
    /** In this document, the curator said the surface is not this actor, link or suggestion. */
    isNotThisHere: (surface: string, actorId: string) => notThisHere.has(key(surface, actorId)),
    /** Whether this actor may be suggested (not linked) for the surface. */
    mayNotSuggest: (surface: string, actorId: string) =>
      notThisHere.has(key(surface, actorId)) || notSameAnywhere.has(key(surface, actorId)),
  };
}

function fromTerm(text: string, { start, end, term }: GazetteerHit<AnalysisTerm>): ProposedMention {
  const base = {
    start,
    end,
    text: text.slice(start, end),
    surface: normaliseSurface(text.slice(start, end)),
  };
  const shared = { ...base, score: null, actorId: term.actorId, suggestedKind: null };
  if (term.strength === "name") {
    return { ...shared, status: "linked", origin: "name", reason: `name '${term.text}'` };
  }
  if (term.strength === "strong") {
    return { ...shared, status: "linked", origin: "strong_alias", reason: `alias '${term.text}'` };
  }
  return {
    ...shared,
    status: "suggested",
    origin: "weak_alias",
    reason: `weak alias '${term.text}' — confirm in this document`,
  };
}

function fromName(text: string, candidate: NameCandidate): ProposedMention {
  const { start, end, ner, suggestedKind } = candidate;
  const slice = text.slice(start, end);
  return {
    start,
    end,
    text: slice,
    surface: normaliseSurface(slice),
    status: "open",
    origin: ner ? "ner" : "capitalised",
    reason: ner ? `${ner} (NER), not in the graph` : "capitalised name, not in the graph",
    score: null,
    actorId: null,
    suggestedKind,
  };
}

/**
 * Proposes the mentions of a frozen text's body: exact names and strong aliases link, weak
 * aliases and near spellings are suggested, other names stay open with a likely kind. Remembered
 * judgements win: a surface judged no actor is rejected, an actor judged not meant for a surface
 * is not proposed for it again. Pure: the caller brings the graph's terms and judgements.
 */
export function analyseDocument(input: AnalysisInput): Analysis {
  const { text, bodyStart, bodyEnd, published, terms } = input;
  const body = { start: bodyStart, end: bodyEnd };
  const clock = stopwatch();
  const judged = judgementsOf(input.judgements);
  const actorNames = new Map(terms.map((t) => [t.actorId, t.actorName]));

  const sentences = bodySentences(text, bodyStart, bodyEnd);
  clock.lap("sentences");

  const hits = createGazetteer(terms)(text, body);
  clock.lap("gazetteer");

  const candidates = findNameCandidates(text, sentences, hits);
  clock.lap("names");

  const targets = terms.filter((t) => t.strength !== "weak");
  const closest = new Map<string, ReturnType<typeof closestTarget>>();
  const nameMentions = candidates.map((candidate) => {
    const mention = fromName(text, candidate);
    if (!closest.has(mention.surface)) {
      const excluded = (actorId: string) => judged.mayNotSuggest(mention.surface, actorId);
      closest.set(mention.surface, closestTarget(mention.surface, targets, excluded));
    }
    const match = closest.get(mention.surface);
    if (!match) return mention;
    return {
      ...mention,
      status: "suggested" as const,
      origin: "fuzzy" as const,
      reason: `similar to '${match.text}' ${match.score.toFixed(2)}`,
      score: match.score,
      actorId: match.actorId,
    };
  });
  clock.lap("fuzzy");

  const mentions = [...hits.map((hit) => fromTerm(text, hit)), ...nameMentions]
    .map((mention): ProposedMention => {
      if (judged.isNotActor(mention.surface)) {
        return {
          ...mention,
          status: "rejected",
          actorId: null,
          reason: `not an actor (${DECIDED})`,
        };
      }
      const { actorId, surface, status } = mention;
      // A "not the same" judgement holds back suggestions; an exact name of the graph still
      // links unless this document's curator said otherwise.
      const refused =
        actorId !== null &&
        (status === "suggested"
          ? judged.mayNotSuggest(surface, actorId)
          : judged.isNotThisHere(surface, actorId));
      if (refused) {
        const name = actorNames.get(actorId) ?? actorId;
        return { ...mention, status: "open", actorId: null, reason: `not '${name}' (${DECIDED})` };
      }
      return mention;
    })
    .sort((a, b) => a.start - b.start);
  clock.lap("judgements");

  const dates = findDates(text, body, published);
  clock.lap("dates");
  clock.stop();

  return { sentences, mentions, dates, timings: clock.timings };
}
