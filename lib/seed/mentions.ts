import type { ActorEntry } from "@/lib/seed/schema";
import { createGazetteer } from "@/lib/text/gazetteer";

/** `documentId` set: a local alias, matched only in that document's passages. */
type Term = { actorId: string; text: string; documentId?: string };

function termsOf(actor: ActorEntry): Term[] {
  const global = [actor.name, ...actor.aliases].map((text) => ({ actorId: actor.id, text }));
  const local = (actor.localAliases ?? []).flatMap(({ document, aliases }) =>
    aliases.map((text) => ({ actorId: actor.id, text, documentId: document })),
  );
  return [...global, ...local];
}

/**
 * Finds which actors a passage of a document names, with the gazetteer of lib/text (names and
 * aliases, local aliases only in their own document).
 */
export function mentionFinder(
  actors: ReadonlyArray<ActorEntry>,
): (text: string, documentId: string) => string[] {
  const terms = actors.flatMap(termsOf);
  const perDocument = new Map<string, ReturnType<typeof createGazetteer<Term>>>();

  return (text, documentId) => {
    let find = perDocument.get(documentId);
    if (!find) {
      const scoped = terms.filter((t) => t.documentId === undefined || t.documentId === documentId);
      find = createGazetteer(scoped);
      perDocument.set(documentId, find);
    }
    return [...new Set(find(text).map((hit) => hit.term.actorId))].sort();
  };
}
