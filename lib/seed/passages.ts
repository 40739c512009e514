import type { Span } from "@/lib/seed/quotes";
import type { SeedPassage } from "@/lib/seed/types";

/** One passage per distinct (document, start, end), however many claims cite it. */
export function createPassageRegistry() {
  const passages = new Map<
    string,
    { documentId: string; span: Span; text: string; actorIds: Set<string> }
  >();

  return {
    add(documentId: string, documentText: string, span: Span, actorIds: string[]): string {
      const id = `${documentId}:${span.start}-${span.end}`;
      const passage = passages.get(id) ?? {
        documentId,
        span,
        text: documentText.slice(span.start, span.end),
        actorIds: new Set<string>(),
      };
      actorIds.forEach((actorId) => passage.actorIds.add(actorId));
      passages.set(id, passage);
      return id;
    },

    list(findMentions: (text: string, documentId: string) => string[]): SeedPassage[] {
      return [...passages].map(([id, { documentId, span, text, actorIds }]) => ({
        id,
        documentId,
        start: span.start,
        end: span.end,
        text,
        actorIds: [...new Set([...actorIds, ...findMentions(text, documentId)])].sort(),
      }));
    },
  };
}
