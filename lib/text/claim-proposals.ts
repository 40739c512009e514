import { readCues, type CueMatch, type SentenceCues } from "@/lib/text/sentence-cues";
import { stableKey } from "@/lib/text/fingerprint";
import type { TextRange } from "@/lib/text/gazetteer";
import { bodySentences, joinQuotations } from "@/lib/text/sentences";
import type { ClaimPolarity, ClaimProposal, LinkedSpan } from "@/lib/text/types";

export type ProposeClaimsInput = {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  mentions: ReadonlyArray<LinkedSpan>;
  /** The body's sentences when the caller has them already (Analysis.sentences): saves a split. */
  sentences?: ReadonlyArray<TextRange>;
};

/**
 * The key of a proposal: the same document, sentence and pair of actors give the same key in
 * either direction, so a proposal the curator rejected (or swapped) stays decided when the
 * document is analysed again; the same sentence in another document is another key.
 */
export function proposalKey(
  documentId: string,
  start: number,
  end: number,
  subjectId: string,
  objectId: string,
): string {
  const [a, b] = [subjectId, objectId].sort();
  return stableKey(documentId, String(start), String(end), a!, b!);
}

/** The nearest mentions of two actors in a sentence and the characters between them. */
type Pair = { first: LinkedSpan; second: LinkedSpan; distance: number };

function nearest(a: ReadonlyArray<LinkedSpan>, b: ReadonlyArray<LinkedSpan>): Pair {
  let best: Pair | undefined;
  for (const x of a) {
    for (const y of b) {
      const [first, second] = x.start <= y.start ? [x, y] : [y, x];
      const distance = Math.max(0, second.start - first.end);
      if (!best || distance < best.distance) best = { first, second, distance };
    }
  }
  return best!;
}

/**
 * The cues that join a pair: standing between its nearest mentions with no other actor named
 * between ("Iran backed the PMU", "Iran-backed militias"). A cue elsewhere in the sentence ("Since
 * the assassination of Soleimani, Iran and Iraq …") or across a third actor ("Iran urged the
 * militias to attack US troops") is about someone else, and a cue inside a mention ("the militias
 * it backs") describes that actor, so none of them gives the pair its kind.
 */
function cuesBetween(
  { cues }: SentenceCues,
  sentenceStart: number,
  { first, second }: Pair,
  others: ReadonlyArray<LinkedSpan>,
): CueMatch[] {
  const third = (m: LinkedSpan) => m.actorId !== first.actorId && m.actorId !== second.actorId;
  return cues.filter((c) => {
    const [start, end] = [sentenceStart + c.start, sentenceStart + c.end];
    if (start < first.end || end > second.start) return false;
    return !others.some(
      (m) =>
        m.end > first.end &&
        m.start < second.start &&
        (third(m) || (m.start < end && m.end > start)),
    );
  });
}

function polarityOf(cues: SentenceCues): ClaimPolarity {
  if (cues.negation) return "denies";
  return cues.attribution ? "reports" : "asserts";
}

const quoted = (cues: ReadonlyArray<CueMatch>) =>
  [...new Set(cues.map((c) => `'${c.text}'`))].join(", ");

function reasonOf(
  cues: SentenceCues,
  between: ReadonlyArray<CueMatch>,
  names: [string, string],
  distance: number,
): string {
  const apart = `${distance} character${distance === 1 ? "" : "s"} apart`;
  const pair = `'${names[0]}' and '${names[1]}'`;
  const why =
    cues.cues.length === 0
      ? "no unambiguous cue"
      : cues.cue
        ? `cue ${quoted(cues.cues)} not between them`
        : `cues ${quoted(cues.cues)} disagree`;
  const parts =
    cues.cue && between.length > 0
      ? [`cue ${quoted(between)} → ${cues.cue.family}/${cues.cue.kind}`, `${pair} ${apart}`]
      : [`${pair} in one sentence, ${apart}`, why];
  if (cues.negation) parts.push(`negated ('${cues.negation}')`);
  if (cues.hedge) parts.push(`hedged ('${cues.hedge}')`);
  if (cues.attribution) parts.push(`attributed to '${cues.attribution}'`);
  return parts.join("; ");
}

/** Each actor's mentions in the sentence, actors in the order they are first named. */
function actorsIn(sentence: TextRange, sorted: ReadonlyArray<LinkedSpan>, from: number) {
  const byActor = new Map<string, LinkedSpan[]>();
  for (let i = from; i < sorted.length && sorted[i]!.start < sentence.end; i += 1) {
    const mention = sorted[i]!;
    if (mention.end > sentence.end) continue;
    byActor.set(mention.actorId, [...(byActor.get(mention.actorId) ?? []), mention]);
  }
  return [...byActor];
}

function proposalsIn(text: string, sentence: TextRange, actors: [string, LinkedSpan[]][]) {
  const cues = readCues(text.slice(sentence.start, sentence.end));
  const proposals: ClaimProposal[] = [];
  const mentions = actors.flatMap(([, spans]) => spans);
  actors.forEach(([aId, aMentions], i) => {
    for (const [bId, bMentions] of actors.slice(i + 1)) {
      const pair = nearest(aMentions, bMentions);
      const between = cuesBetween(cues, sentence.start, pair, mentions);
      const kind = between.length > 0 ? cues.cue : null;
      // "X was attacked by Y": the passive cue between them puts Y first.
      const reversed = kind !== null && between.some((c) => c.passive);
      const [subjectId, objectId] = reversed ? [bId, aId] : [aId, bId];
      const names: [string, string] = [
        text.slice(pair.first.start, pair.first.end),
        text.slice(pair.second.start, pair.second.end),
      ];
      proposals.push({
        ...sentence,
        subjectId,
        objectId,
        family: kind?.family ?? null,
        kind: kind?.kind ?? null,
        polarity: polarityOf(cues),
        hedged: cues.hedge !== null,
        weight: cues.hedge ? 1 : null,
        attribution: cues.attribution,
        distance: pair.distance,
        reason: reasonOf(cues, between, names, pair.distance),
      });
    }
  });
  // Nearest first; the sort is stable, so between equals the pair whose first actor is named first.
  return proposals.sort((x, y) => x.distance - y.distance);
}

/**
 * Candidate claims of a document's body: for every sentence naming two or more linked actors,
 * one proposal per pair, its subject the actor named first (the one after "by" when the cue is
 * passive), with the sentence's cue, negation, hedge and speaker. Sentences in text order, pairs
 * in a sentence nearest first. Pure and deterministic; only mentions wholly inside a sentence of
 * the body count.
 */
export function proposeClaims(input: ProposeClaimsInput): ClaimProposal[] {
  const { text, bodyStart, bodyEnd } = input;
  const sorted = input.mentions
    .filter((m) => m.start >= bodyStart && m.end <= bodyEnd)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const proposals: ClaimProposal[] = [];
  let from = 0;
  const sentences = input.sentences ?? bodySentences(text, bodyStart, bodyEnd);
  for (const sentence of joinQuotations(text, sentences)) {
    while (from < sorted.length && sorted[from]!.start < sentence.start) from += 1;
    const actors = actorsIn(sentence, sorted, from);
    if (actors.length >= 2) proposals.push(...proposalsIn(text, sentence, actors));
  }
  return proposals;
}
