import {
  CUES,
  DECOYS,
  HEDGES,
  NEGATIONS,
  SAYING,
  SAYING_BEFORE,
  SPEAKER_STOPS,
  SPEAKER_WORDS,
  type Cue,
} from "@/lib/text/claim-cues";
import type { TextRange } from "@/lib/text/gazetteer";

export type CueMatch = TextRange & Cue & { text: string; passive: boolean };

/** What a sentence's own words say about the tie it states; offsets are into the sentence. */
export type SentenceCues = {
  /** Every cue, in text order. */
  cues: CueMatch[];
  /** Set only when every cue names the same kind. */
  cue: Cue | null;
  negation: string | null;
  hedge: string | null;
  attribution: string | null;
};

type Word = TextRange & { lower: string };

/**
 * Words with their inner apostrophes and dots ("Iraq's", "U.S"), lower-cased with apostrophes
 * straightened. Hyphens split ("Iran-backed" is "Iran", "backed"), and a final "n't" is a word of
 * its own, so "didn't" matches the negation "n't".
 */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const end = m.index + m[0].length;
    if (lower.endsWith("n't") && lower.length > 3) {
      words.push({ start: m.index, end: end - 3, lower: lower.slice(0, -3) });
      words.push({ start: end - 3, end, lower: "n't" });
    } else words.push({ start: m.index, end, lower });
  }
  return words;
}

/** Phrases by their first word, longest first, so "attacks on" wins over "attack". */
function phraseIndex(phrases: Iterable<string>): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const INDEX = {
  cues: phraseIndex(CUES.keys()),
  decoys: phraseIndex(DECOYS),
  negations: phraseIndex(NEGATIONS),
  hedges: phraseIndex(HEDGES),
  saying: phraseIndex(SAYING),
  sayingBefore: phraseIndex(SAYING_BEFORE),
};

/** A phrase found: words [from, to) of the sentence. */
type Found = { from: number; to: number; phrase: string };

/** Phrases in the words, left to right, never overlapping each other or the `taken` words. */
function find(words: ReadonlyArray<Word>, index: Map<string, string[][]>, taken?: Uint8Array) {
  const found: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (taken?.[i]) continue;
    const phrase = index
      .get(words[i]!.lower)
      ?.find((p) => p.every((w, k) => words[i + k]?.lower === w && !taken?.[i + k]));
    if (!phrase) continue;
    found.push({ from: i, to: i + phrase.length, phrase: phrase.join(" ") });
    taken?.fill(1, i, i + phrase.length);
    i += phrase.length - 1;
  }
  return found;
}

/** Between two words only spaces or a hyphen ("Abdul-Mahdi"): the same phrase goes on. */
const joined = (text: string, a: Word, b: Word) => /^[\s-]*$/.test(text.slice(a.end, b.start));

/** The words before a verb of saying, back to punctuation, a stop word or six words. */
function speakerBefore(text: string, words: ReadonlyArray<Word>, verb: number): TextRange | null {
  let first = verb;
  while (first > 0 && verb - first < SPEAKER_WORDS) {
    const word = words[first - 1]!;
    if (SPEAKER_STOPS.has(word.lower) || !joined(text, word, words[first]!)) break;
    // "Trump's stated eagerness": a possessive before the verb makes it an adjective.
    if (first === verb && word.lower.endsWith("'s")) break;
    first -= 1;
  }
  return first === verb ? null : { start: words[first]!.start, end: words[verb - 1]!.end };
}

/** The words after "according to", up to punctuation or six words. */
function speakerAfter(text: string, words: ReadonlyArray<Word>, from: number): TextRange | null {
  let last = from;
  while (last + 1 < words.length && last + 1 - from < SPEAKER_WORDS) {
    if (!joined(text, words[last]!, words[last + 1]!)) break;
    last += 1;
  }
  return from < words.length ? { start: words[from]!.start, end: words[last]!.end } : null;
}

function attributionOf(text: string, words: ReadonlyArray<Word>): TextRange | null {
  const [according] = find(words, INDEX.sayingBefore);
  if (according) return speakerAfter(text, words, according.to);
  for (const verb of find(words, INDEX.saying)) {
    const speaker = speakerBefore(text, words, verb.from);
    if (speaker) return speaker;
  }
  return null;
}

/**
 * Reads a sentence's cues, negation, hedge and speaker. Decoys are taken first, then negating
 * phrases, and only then the cues, so "not only" negates nothing and "rejected claims that" is
 * never also a rebuff.
 */
export function readCues(sentence: string): SentenceCues {
  const words = wordsOf(sentence);
  const span = ({ from, to }: Found): TextRange => ({
    start: words[from]!.start,
    end: words[to - 1]!.end,
  });
  const at = (found: Found | undefined) => {
    if (!found) return null;
    const { start, end } = span(found);
    return sentence.slice(start, end);
  };
  const taken = new Uint8Array(words.length);
  find(words, INDEX.decoys, taken);
  const negations = find(words, INDEX.negations, taken);
  const cues = find(words, INDEX.cues, taken).map((found): CueMatch => {
    const range = span(found);
    const next = words[found.to];
    const passive = next?.lower === "by" && /^\s+$/.test(sentence.slice(range.end, next.start));
    return {
      ...range,
      text: sentence.slice(range.start, range.end),
      ...CUES.get(found.phrase)!,
      passive,
    };
  });
  const kinds = new Set(cues.map((c) => c.kind));
  const [first] = cues;
  const attribution = attributionOf(sentence, words);
  return {
    cues,
    cue: first && kinds.size === 1 ? { family: first.family, kind: first.kind } : null,
    negation: at(negations[0]),
    hedge: at(find(words, INDEX.hedges)[0]),
    attribution: attribution && sentence.slice(attribution.start, attribution.end),
  };
}
