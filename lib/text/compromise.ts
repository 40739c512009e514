import nlp from "compromise";
import datesPlugin, { type DatesMethods } from "compromise-dates";

// compromise keeps its plugins in one module-wide world: register the dates plugin once, here,
// so every caller parses with the same instance. Its typings cannot follow a plugin, hence the
// cast below.
nlp.plugin(datesPlugin);

export type ParsedText = ReturnType<typeof nlp> & DatesMethods;

export function parseText(text: string): ParsedText {
  return nlp(text) as ParsedText;
}
