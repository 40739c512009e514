import { flattenDate } from "@/lib/seed/bundle";
import { createPassageRegistry } from "@/lib/seed/passages";
import type { SeedBundle } from "@/lib/seed/types";
import type { SyntheticDocument, SyntheticGraph } from "@/lib/synthetic/generate";

export type DocumentBundle = Omit<SeedBundle, "actors">;

/**
 * One synthetic document in the seed loader's own shape (lib/seed/types.ts), built the way
 * lib/seed/bundle.ts builds it: passages keyed by span, relationships' citations first, then
 * memberships'. A passage mentions exactly the two actors of its claim: the generator's names
 * never contain another actor's name (see words.ts).
 */
export function documentBundle(doc: SyntheticDocument): DocumentBundle {
  const documentId = doc.meta.id;
  const passages = createPassageRegistry();
  const cite = (spans: SyntheticDocument["relationships"][number]["spans"], ends: string[]) =>
    spans.map((span) => passages.add(documentId, doc.text, span, ends));
  const relationships = doc.relationships.map(({ entry: { date, ...rel }, spans }) => ({
    ...rel,
    ...flattenDate(date),
    passageIds: cite(spans, [rel.source, rel.target]),
    documentIds: [documentId],
  }));
  const memberships = doc.memberships.map(({ entry, spans }) => ({
    ...entry,
    passageIds: cite(spans, [entry.member, entry.group]),
    documentIds: [documentId],
  }));
  return {
    documents: [
      {
        ...doc.meta,
        text: doc.text,
        bodyStart: doc.body.start,
        bodyEnd: doc.body.end,
        decisions: [],
      },
    ],
    relationships,
    memberships,
    passages: passages.list(() => []),
  };
}

/** The whole graph as one bundle: for small graphs and tests (a 100k graph is loaded in parts). */
export function syntheticBundle(graph: SyntheticGraph): SeedBundle {
  const bundle: SeedBundle = {
    documents: [],
    actors: graph.actors,
    relationships: [],
    memberships: [],
    passages: [],
  };
  for (const doc of graph.documents()) {
    const part = documentBundle(doc);
    bundle.documents.push(...part.documents);
    bundle.relationships.push(...part.relationships);
    bundle.memberships.push(...part.memberships);
    bundle.passages.push(...part.passages);
  }
  return bundle;
}
