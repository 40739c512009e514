import path from "node:path";
import { mentionFinder } from "@/lib/seed/mentions";
import { createPassageRegistry } from "@/lib/seed/passages";
import { locateBody, locateQuote } from "@/lib/seed/quotes";
import { SEED_FILES, type DocumentFolder } from "@/lib/seed/read-folder";
import type { ActorEntry, Quote, DatePeriod, DocumentFile } from "@/lib/seed/schema";
import { formatIssue, type IssueAt } from "@/lib/seed/seed-error";
import type { SeedActor, SeedBundle, SeedRelationship } from "@/lib/seed/types";
import { periodEnd, periodStart } from "@/lib/domain/periods";

type Registered = { file: string; documentId: string };

/**
 * Ids are global across documents: actors in one space, relationships and memberships in
 * another. An actor is defined once, in any document's actors.json; any document may use it.
 */
function registerIds(
  registry: Map<string, Registered>,
  items: Array<{ id: string }>,
  at: Registered,
  noun: string,
  issues: string[],
) {
  for (const { id } of items) {
    const first = registry.get(id);
    if (!first) {
      registry.set(id, at);
      continue;
    }
    const where = path.relative(process.cwd(), first.file);
    issues.push(
      formatIssue(
        { file: at.file, entry: `${noun} "${id}"`, field: "id" },
        `duplicate id, first defined in ${where}`,
      ),
    );
  }
}

function checkEndpoints(
  actorIds: ReadonlySet<string>,
  at: IssueAt,
  [fromField, from]: [string, string],
  [toField, to]: [string, string],
  issues: string[],
) {
  if (!actorIds.has(from))
    issues.push(formatIssue({ ...at, field: fromField }, `unknown actor "${from}"`));
  if (!actorIds.has(to))
    issues.push(formatIssue({ ...at, field: toField }, `unknown actor "${to}"`));
  if (from === to) {
    issues.push(formatIssue({ ...at, field: toField }, `same actor as ${fromField} ("${to}")`));
  }
}

/** A local alias must name a document of the seed, and must not repeat a global alias. */
function checkLocalAliases(folders: DocumentFolder[], issues: string[]) {
  const documentIds = new Set(folders.map((folder) => folder.document.id));
  for (const { dir, actors } of folders) {
    for (const actor of actors) {
      (actor.localAliases ?? []).forEach(({ document, aliases }, i) => {
        const at = { file: path.join(dir, SEED_FILES.actors), entry: `actor "${actor.id}"` };
        if (!documentIds.has(document)) {
          const field = `localAliases[${i}].document`;
          issues.push(formatIssue({ ...at, field }, `unknown document "${document}"`));
        }
        aliases.forEach((alias, j) => {
          if (!actor.aliases.includes(alias) && alias !== actor.name) return;
          const field = `localAliases[${i}].aliases[${j}]`;
          issues.push(
            formatIssue({ ...at, field }, `"${alias}" is already a name or global alias`),
          );
        });
      });
    }
  }
}

// The body quotes only serve to find the body; the bundle carries its offsets instead.
function withoutBodyQuotes({ body, ...meta }: DocumentFile) {
  void body;
  return meta;
}

export function flattenDate(date: DatePeriod | undefined) {
  if (!date) return { yearInferred: false };
  return {
    dateStart: periodStart(date.start),
    dateEnd: periodEnd(date.end ?? date.start),
    ...(date.label !== undefined && { dateLabel: date.label }),
    yearInferred: date.yearInferred,
  };
}

/** Cross-file checks (ids, endpoints, quotes) and the flattened bundle; adds to `issues`. */
export function buildBundle(folders: DocumentFolder[], issues: string[]): SeedBundle {
  const actorIds = new Map<string, Registered>();
  const claimIds = new Map<string, Registered>();
  for (const { dir, document, actors, relationships, memberships } of folders) {
    const at = (name: string) => ({ file: path.join(dir, name), documentId: document.id });
    registerIds(actorIds, actors, at(SEED_FILES.actors), "actor", issues);
    registerIds(claimIds, relationships, at(SEED_FILES.relationships), "rel", issues);
    registerIds(claimIds, memberships, at(SEED_FILES.memberships), "membership", issues);
  }
  checkLocalAliases(folders, issues);
  const known = new Set(actorIds.keys());
  const passages = createPassageRegistry();
  const bundle: SeedBundle = {
    documents: [],
    actors: [],
    relationships: [],
    memberships: [],
    passages: [],
  };

  for (const { dir, document, text, relationships, memberships, decisions } of folders) {
    const documentId = document.id;
    const body = locateBody(text, document.body.startQuote, document.body.endQuote);
    if (!body.ok) {
      const file = path.join(dir, SEED_FILES.document);
      issues.push(formatIssue({ file, field: body.field }, body.message));
      continue;
    }
    const { start: bodyStart, end: bodyEnd } = body.span;
    bundle.documents.push({ ...withoutBodyQuotes(document), text, bodyStart, bodyEnd, decisions });

    const cite = (at: IssueAt, citations: Quote[], endpoints: string[]) =>
      citations.flatMap((citation, i) => {
        const located = locateQuote(text, body.span, citation);
        if (located.ok) return [passages.add(documentId, text, located.span, endpoints)];
        issues.push(formatIssue({ ...at, field: `citations[${i}]` }, located.message));
        return [];
      });

    for (const { citations, date, ...rel } of relationships) {
      const at = { file: path.join(dir, SEED_FILES.relationships), entry: `rel "${rel.id}"` };
      checkEndpoints(known, at, ["source", rel.source], ["target", rel.target], issues);
      const passageIds = cite(at, citations, [rel.source, rel.target]);
      const flat: SeedRelationship = {
        ...rel,
        ...flattenDate(date),
        passageIds,
        documentIds: [documentId],
      };
      bundle.relationships.push(flat);
    }

    for (const { citations, ...membership } of memberships) {
      const at = {
        file: path.join(dir, SEED_FILES.memberships),
        entry: `membership "${membership.id}"`,
      };
      checkEndpoints(known, at, ["member", membership.member], ["group", membership.group], issues);
      const passageIds = cite(at, citations, [membership.member, membership.group]);
      bundle.memberships.push({ ...membership, passageIds, documentIds: [documentId] });
    }
  }

  const actors: ActorEntry[] = folders.flatMap((folder) =>
    folder.actors.filter((actor) => actorIds.get(actor.id)?.documentId === folder.document.id),
  );
  bundle.passages = passages.list(mentionFinder(actors));
  bundle.actors = withDocumentIds(actors, actorIds, bundle);
  return bundle;
}

/** The documents that define an actor, make a claim about it, or name it in a cited passage. */
function withDocumentIds(
  actors: ActorEntry[],
  definedIn: Map<string, Registered>,
  bundle: SeedBundle,
): SeedActor[] {
  const documents = new Map<string, Set<string>>();
  const note = (actorId: string, documentId: string) =>
    documents.set(actorId, (documents.get(actorId) ?? new Set()).add(documentId));
  definedIn.forEach(({ documentId }, actorId) => note(actorId, documentId));
  for (const claim of [...bundle.relationships, ...bundle.memberships]) {
    const ends = "source" in claim ? [claim.source, claim.target] : [claim.member, claim.group];
    claim.documentIds.forEach((documentId) => ends.forEach((actorId) => note(actorId, documentId)));
  }
  bundle.passages.forEach((p) => p.actorIds.forEach((actorId) => note(actorId, p.documentId)));
  return actors.map((actor) => ({
    ...actor,
    documentIds: [...(documents.get(actor.id) ?? [])].sort(),
  }));
}
