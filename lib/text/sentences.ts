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

/** The sentences of a text's body [bodyStart, bodyEnd), as offsets into the whole text. */
export function bodySentences(text: string, bodyStart: number, bodyEnd: number): TextRange[] {
  return splitSentences(text.slice(bodyStart, bodyEnd)).map((s) => ({
    start: s.start + bodyStart,
    end: s.end + bodyStart,
  }));
}

const MAX_JOINED = 6;
const opens = (text: string) => (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);

/**
 * Sentences with a quotation's sentences joined to the one that opens it: `He said: “We stay. We
 * fight.”` is one statement, naming its speaker and what is said together. Only curly quotes
 * count (a straight one does not say whether it opens or closes), never across a line break, and
 * at most six sentences, so an unclosed quotation cannot swallow a paragraph.
 */
export function joinQuotations(text: string, sentences: ReadonlyArray<TextRange>): TextRange[] {
  const joined: TextRange[] = [];
  for (let i = 0; i < sentences.length; i += 1) {
    const first = sentences[i]!;
    let end = first.end;
    let open = opens(text.slice(first.start, end));
    for (let n = 1; open > 0 && n < MAX_JOINED; n += 1) {
      const next = sentences[i + 1];
      if (!next || text.slice(end, next.start).includes("\n")) break;
      open += opens(text.slice(end, next.end));
      end = next.end;
      i += 1;
    }
    joined.push({ start: first.start, end });
  }
  return joined;
}
