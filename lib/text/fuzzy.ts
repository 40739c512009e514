import distance from "wink-distance";

export type FuzzyTarget = { actorId: string; text: string };
export type FuzzyMatch = FuzzyTarget & { score: number };

export const FUZZY_THRESHOLD = 0.92;
// Below this many letters a near match is mostly chance: "Iran" ~ "Iraq" scores 0.88.
const MIN_LETTERS = 4;

/** All capitals and at most five letters: "IS", "US", "PMU", "NATO", "U.S.". */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 5 && !/\p{Ll}/u.test(letters);
}

function letterCount(text: string): number {
  return text.replace(/[^\p{L}]/gu, "").length;
}

/**
 * The closest name or strong alias to `surface` by Jaro-Winkler similarity, if at least 0.92.
 * Acronyms and short words are never matched, on either side: similarity confidently links "US"
 * to "Trump" and "ISIS" to "his supporters". `excluded(actorId)` is true for actors a judgement
 * ruled out for this surface.
 */
export function closestTarget(
  surface: string,
  targets: ReadonlyArray<FuzzyTarget>,
  excluded: (actorId: string) => boolean,
): FuzzyMatch | null {
  if (isAcronym(surface) || letterCount(surface) < MIN_LETTERS) return null;
  const lower = surface.toLowerCase();
  let best: FuzzyMatch | null = null;
  for (const target of targets) {
    if (isAcronym(target.text) || letterCount(target.text) < MIN_LETTERS) continue;
    if (excluded(target.actorId)) continue;
    // wink-distance returns a distance: similarity is its complement.
    const score = 1 - distance.string.jaroWinkler(lower, target.text.toLowerCase());
    if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { ...target, score };
  }
  return best;
}
