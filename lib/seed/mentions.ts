import type { ActorEntry } from "@/lib/seed/schema";

/** `documentId` set: a local alias, matched only in that document's passages. */
type Term = { actorId: string; term: string; documentId?: string };
type Hit = { actorId: string; start: number; end: number };

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

function termsOf(actor: ActorEntry): Term[] {
  const global = [actor.name, ...actor.aliases].map((term) => ({ actorId: actor.id, term }));
  const local = (actor.localAliases ?? []).flatMap(({ document, aliases }) =>
    aliases.map((term) => ({ actorId: actor.id, term, documentId: document })),
  );
  return [...global, ...local];
}

/**
 * Finds which actors a passage of a document names: case-sensitive whole-word matches of names
 * and aliases (local aliases only in their own document), longest first, so "Trump
 * Administration" is not also read as "Trump".
 */
export function mentionFinder(
  actors: ReadonlyArray<ActorEntry>,
): (text: string, documentId: string) => string[] {
  const terms = actors.flatMap(termsOf).sort((a, b) => b.term.length - a.term.length);

  return (text, documentId) => {
    const taken: Hit[] = [];
    for (const { actorId, term, documentId: scope } of terms) {
      if (scope !== undefined && scope !== documentId) continue;
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
