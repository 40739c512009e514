import type { Actor } from "@/lib/seed/schema";

type Term = { actorId: string; term: string };
type Hit = { actorId: string; start: number; end: number };

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

/**
 * Finds which actors a passage names: case-sensitive whole-word matches of names and aliases,
 * longest first, so "Trump Administration" is not also read as "Trump".
 */
export function mentionFinder(actors: ReadonlyArray<Actor>): (text: string) => string[] {
  const terms: Term[] = actors
    .flatMap((actor) => [actor.name, ...actor.aliases].map((term) => ({ actorId: actor.id, term })))
    .sort((a, b) => b.term.length - a.term.length);

  return (text) => {
    const taken: Hit[] = [];
    for (const { actorId, term } of terms) {
      for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
        const end = i + term.length;
        if (!isWholeWord(text, i, end)) continue;
        if (taken.some((hit) => i < hit.end && hit.start < end)) continue;
        taken.push({ actorId, start: i, end });
      }
    }
    return [...new Set(taken.map((hit) => hit.actorId))].sort();
  };
}
