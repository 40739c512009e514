import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { occurrences, type Span } from "@/lib/seed/quotes";
import { SEED_FILES } from "@/lib/seed/read-folder";
import type { Quote } from "@/lib/seed/schema";
import type { SeedActor } from "@/lib/seed/types";
import type { SyntheticDocument, SyntheticGraph } from "@/lib/synthetic/generate";

/** A citation as an analyst would write it: the quote, and which occurrence when it repeats. */
function citation(doc: SyntheticDocument, span: Span): Quote {
  const quote = doc.text.slice(span.start, span.end);
  const found = occurrences(doc.text, quote, doc.body.start, doc.body.end);
  return found.length > 1 ? { quote, occurrence: found.indexOf(span.start) + 1 } : { quote };
}

/** The five files of one document folder in graph-seed/'s format (see graph-seed/README.md). */
export function seedFolderFiles(
  doc: SyntheticDocument,
  definedHere: SeedActor[],
): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const withoutDocumentIds = ({ documentIds, ...actor }: SeedActor) => {
    void documentIds;
    return actor;
  };
  return {
    [SEED_FILES.document]: json({ ...doc.meta, body: doc.bodyQuotes }),
    [SEED_FILES.text]: doc.text,
    [SEED_FILES.actors]: json(definedHere.map(withoutDocumentIds)),
    [SEED_FILES.relationships]: json(
      doc.relationships.map(({ entry, spans }) => ({
        ...entry,
        citations: spans.map((span) => citation(doc, span)),
      })),
    ),
    [SEED_FILES.memberships]: json(
      doc.memberships.map(({ entry, spans }) => ({
        ...entry,
        citations: spans.map((span) => citation(doc, span)),
      })),
    ),
  };
}

/**
 * Writes the graph as seed folders under `dir`, one per document; each actor is defined in the
 * first document that makes a claim about it. `npm run seed -- --check` (lib/seed's validator)
 * reads the result like any curated seed.
 */
export async function writeSeedFolders(graph: SyntheticGraph, dir: string): Promise<number> {
  const definedIn = new Map<string, SeedActor[]>();
  for (const actor of graph.actors) {
    const home = actor.documentIds[0]!;
    definedIn.set(home, [...(definedIn.get(home) ?? []), actor]);
  }
  let written = 0;
  for (const doc of graph.documents()) {
    const folder = path.join(dir, doc.meta.id);
    await mkdir(folder, { recursive: true });
    const files = seedFolderFiles(doc, definedIn.get(doc.meta.id) ?? []);
    for (const [name, content] of Object.entries(files)) {
      await writeFile(path.join(folder, name), content);
    }
    written++;
  }
  return written;
}
