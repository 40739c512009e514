import { detectAll } from "tinyld";

// Below these, tinyld guesses ("Hello world" comes out 10% English, a list of names as Klingon):
// say nothing rather than something wrong.
const MIN_CHARACTERS = 40;
const MIN_ACCURACY = 0.5;
// Enough text to be sure; the rest only costs time.
const SAMPLE = 20_000;

/** The ISO 639-1 code of the text's language, or null when unsure. */
export function detectLanguage(text: string): string | null {
  if (text.length < MIN_CHARACTERS) return null;
  const best = detectAll(text.slice(0, SAMPLE))[0];
  return best && best.accuracy >= MIN_ACCURACY && /^[a-z]{2}$/.test(best.lang) ? best.lang : null;
}
