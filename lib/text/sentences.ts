import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { TextRange } from "@/lib/text/gazetteer";

// Loading the model takes ~150 ms: once per process, on first use. Sentence breaking is all we
// ask of wink ("sbd"), which skips its slower POS and entity stages.
let nlp: ReturnType<typeof winkNLP> | undefined;
function wink() {
  nlp ??= winkNLP(model, ["sbd"]);
  return nlp;
}

/**
 * Sentences as offsets into `text`: `text.slice(start, end)` is the sentence exactly, without
 * surrounding whitespace. Offsets are rebuilt from wink's tokens and their preceding spaces, and
 * each token is checked against the text, so a normalising tokenizer could not shift them.
 */
export function splitSentences(text: string): TextRange[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += spaces[i]?.length ?? 0;
    if (text.slice(offset, offset + value.length) !== value) {
      const found = text.indexOf(value, offset);
      if (found !== -1) offset = found;
    }
    starts.push(offset);
    offset += value.length;
    ends.push(offset);
  });

  const sentences: TextRange[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    let start = starts[first] ?? 0;
    let end = ends[last] ?? start;
    // wink counts a paragraph break as a token of the sentence before it.
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}
