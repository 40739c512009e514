import type { ActorKind } from "@/lib/domain/actor-kinds";
import { MONTH_NAMES } from "@/lib/domain/periods";
import { parseText } from "@/lib/text/compromise";
import type { TextRange } from "@/lib/text/gazetteer";

export type NerLabel = "person" | "organisation" | "place";
export type NameCandidate = TextRange & { ner: NerLabel | null; suggestedKind: ActorKind | null };

// A place that acts is most often a state ("Iran", "Washington" for the US government).
const KIND_OF: Record<NerLabel, ActorKind> = {
  person: "person",
  organisation: "organisation",
  place: "state",
};

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
// Arabic articles and patronymics written lower-case before a capital: "al-Sadr", "bin-Salman".
const CAPITALISED = /^(?:\p{Lu}|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn)-\p{Lu})/u;
const CONNECTORS = new Set([
  "of",
  "the",
  "al",
  "bin",
  "ibn",
  "de",
  "du",
  "la",
  "le",
  "von",
  "van",
  "der",
  "da",
]);
const NEVER_NAMES = new Set([
  ...MONTH_NAMES,
  ...["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I"],
]);
// Words that open sentences; other sentence-initial words count as common when the text also
// writes them in lower case.
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those it its he she they we i you his her their our my your in on " +
    "at by for from to of with without but and or nor if when while as after before since until " +
    "yesterday today tomorrow however meanwhile still yet so then there here what who why how " +
    "where which although though because also even now not no many some most such all both each " +
    "other another one two three several few more less given despite during under over about " +
    "against among through like unlike instead rather indeed only just perhaps thus hence " +
    "moreover furthermore nevertheless nonetheless otherwise whether every any none neither " +
    "either much very first last next new"
  ).split(" "),
);
// compromise tags that make a word a title or a description, not a name: "President", "Iraqi".
const TITLE = ["Demonym", "Actor", "Honorific"];
const DESCRIPTIVE = [...TITLE, "Adjective", "Date", "Month", "WeekDay"];

type Word = TextRange & { text: string };
type Classified = { ner: NerLabel | null; tags: string[][] };

function classify(phrase: string): Classified {
  const doc = parseText(phrase);
  const ner: NerLabel | null = doc.people().found
    ? "person"
    : doc.organizations().found
      ? "organisation"
      : doc.places().found
        ? "place"
        : null;
  const terms = (doc.json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  return { ner, tags: terms.map((t) => t.tags) };
}

function stripPossessive(word: Word): Word {
  const match = /['’]s$/.exec(word.text);
  if (!match) return word;
  return { ...word, text: word.text.slice(0, -2), end: word.end - 2 };
}

/** Runs of capitalised words inside one sentence, split at gaps other than a space. */
function capitalisedRuns(text: string, sentence: TextRange, free: (w: Word) => boolean): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(WORD)) {
    const start = sentence.start + match.index;
    const word = { start, end: start + match[0].length, text: match[0] };
    const previous = run[run.length - 1];
    if (previous && !/^[ \u00a0]$/.test(text.slice(previous.end, word.start))) close();
    if (!free(word) || NEVER_NAMES.has(word.text)) {
      close();
    } else if (CAPITALISED.test(word.text)) {
      run.push(word);
      if (/['’]s$/.test(word.text)) {
        run[run.length - 1] = stripPossessive(word);
        close();
      }
    } else if (run.length > 0 && CONNECTORS.has(word.text)) {
      run.push(word);
    } else {
      close();
    }
  }
  close();
  return runs;
}

/** A title-case line without closing punctuation: its capitals are typography, not names. */
function isHeading(sentence: string): boolean {
  if (/[.!?:;"”’)]$/.test(sentence)) return false;
  const words = sentence.match(WORD) ?? [];
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  return words.length > 1 && capitalised * 2 >= words.length;
}

function opensSentence(text: string, sentence: TextRange, word: Word): boolean {
  const before = text.slice(sentence.start, word.start);
  // A quotation or a colon opens a sentence of its own: “The …, : Since …
  return /^[\s"'“‘(\[-]*$/.test(before) || /[“":]\s*$/.test(before);
}

/**
 * Names the graph may not know: capitalised runs ("Munich Security Conference", "Muqtada
 * al-Sadr") in the sentences, outside the spans already taken by gazetteer hits, each classified
 * by compromise. compromise reads each distinct run on its own rather than the whole text: whole-
 * text tagging costs about two seconds per 10,000 words, a run a millisecond.
 */
export function findNameCandidates(
  text: string,
  sentences: ReadonlyArray<TextRange>,
  taken: ReadonlyArray<TextRange>,
): NameCandidate[] {
  const covered = new Uint8Array(text.length);
  for (const { start, end } of taken) covered.fill(1, start, end);
  const free = (w: Word) => !covered.subarray(w.start, w.end).some((c) => c === 1);
  const lowerCaseWords = new Set(text.match(/\b\p{Ll}[\p{Ll}-]*\b/gu) ?? []);
  const isCommon = (word: string) =>
    FUNCTION_WORDS.has(word.toLowerCase()) || lowerCaseWords.has(word.toLowerCase());
  const cache = new Map<string, Classified>();
  const candidates: NameCandidate[] = [];

  for (const sentence of sentences) {
    if (isHeading(text.slice(sentence.start, sentence.end))) continue;
    for (const run of capitalisedRuns(text, sentence, free)) {
      let words = run;
      const initial = opensSentence(text, sentence, words[0]!);
      if (initial && isCommon(words[0]!.text)) {
        words = words.slice(1);
        while (words.length > 0 && CONNECTORS.has(words[0]!.text)) words = words.slice(1);
      }
      if (words.length === 0) continue;
      const phrase = text.slice(words[0]!.start, words[words.length - 1]!.end);
      let classified = cache.get(phrase);
      if (!classified) {
        classified = classify(phrase);
        cache.set(phrase, classified);
      }
      const { ner, tags } = classified;
      const tagged = (names: string[]) => tags.map((t) => t.some((tag) => names.includes(tag)));
      // "Ironically", "Allowing": a sentence's first word is capitalised whatever it is.
      if (initial && words === run && words.length === 1 && !tagged(["Noun"])[0]) continue;
      const title = tagged(TITLE);
      const descriptive = tagged(DESCRIPTIVE);
      // compromise split the run into other words than ours: keep the run as it is.
      if (title.length === words.length) {
        // A run of nothing but titles and adjectives ("Iraqi", "General") is no name, unless
        // compromise recognises one; titles at the edges are not part of it ("President Salih").
        if (ner === null && descriptive.every(Boolean)) continue;
        let first = 0;
        let last = words.length - 1;
        while (first <= last && title[first]) first += 1;
        while (last >= first && title[last]) last -= 1;
        if (first <= last) words = words.slice(first, last + 1);
      }
      candidates.push({
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        ner,
        suggestedKind: ner ? KIND_OF[ner] : null,
      });
    }
  }
  return candidates;
}
