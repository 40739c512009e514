import { MONTH_NAMES } from "@/lib/domain/periods";
import type { Random } from "@/lib/synthetic/random";

/**
 * Invented words for names. People and places draw from different syllables and from one shared
 * registry, so no person is ever called like a place: a passage that names "Karim Velor" then
 * mentions exactly the actors it is about, as the seed loader's mention finder will read it.
 */
const PERSON_ONSETS = [
  "b",
  "d",
  "f",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "r",
  "s",
  "t",
  "y",
  "z",
  "sh",
  "kh",
];
const PERSON_VOWELS = ["a", "e", "i", "o", "u", "aa", "ei", "ou"];
const PERSON_CODAS = ["", "", "n", "r", "l", "m", "d", "s"];
const PLACE_ONSETS = ["b", "c", "g", "p", "qu", "st", "tr", "v", "w", "x", "br", "dr", "gr", "pl"];
const PLACE_VOWELS = ["a", "e", "i", "o", "y", "ae", "ia", "or"];
const PLACE_ENDINGS = ["", "ia", "and", "ovar", "esh", "eth", "ora", "inth", "ul"];

/** Words of the sentence templates and dates: never a name, or the mention finder would see them. */
const RESERVED = new Set([
  ...MONTH_NAMES,
  "According",
  "Reports",
  "Officials",
  "Observers",
  "In",
  "During",
  "Sources",
  "Analysts",
  "Since",
  "After",
  "End",
  "This",
  "The",
  "Synthetic",
  "Atlas",
  "Some",
  "It",
  "Ties",
  "Between",
]);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export type WordRole = "person" | "place";

export interface WordRegistry {
  /** A new word for this role, never handed out before for any role. */
  fresh(role: WordRole): string;
}

export function wordRegistry(random: Random): WordRegistry {
  const used = new Set<string>();
  const make: Record<WordRole, () => string> = {
    person: () => {
      let word = "";
      for (let i = random.chance(0.2) ? 3 : 2; i > 0; i--) {
        word += random.pick(PERSON_ONSETS) + random.pick(PERSON_VOWELS) + random.pick(PERSON_CODAS);
      }
      return capitalise(word);
    },
    place: () => {
      let word = "";
      for (let i = random.int(1, 2); i > 0; i--) {
        word += random.pick(PLACE_ONSETS) + random.pick(PLACE_VOWELS);
      }
      return capitalise(word + random.pick(PLACE_ENDINGS));
    },
  };
  return {
    fresh(role) {
      for (;;) {
        const word = make[role]();
        if (word.length < 4 || used.has(word) || RESERVED.has(word)) continue;
        used.add(word);
        return word;
      }
    },
  };
}
