import type { Span } from "@/lib/seed/quotes";
import type { DocumentFile, MembershipEntry, RelationshipEntry } from "@/lib/seed/schema";
import type { SeedActor } from "@/lib/seed/types";
import { generateActors, type SyntheticActor } from "@/lib/synthetic/actors";
import {
  claimSentence,
  echoSentence,
  membershipSentence,
  shapeClaim,
} from "@/lib/synthetic/claims";
import {
  syntheticOptionsSchema,
  type SyntheticOptions,
  type SyntheticOptionsInput,
} from "@/lib/synthetic/options";
import { randomStream, type Random } from "@/lib/synthetic/random";
import { textBuilder } from "@/lib/synthetic/text-builder";
import {
  attachEdges,
  chooseMemberships,
  type MembershipTie,
  type Topology,
} from "@/lib/synthetic/topology";
import { slugify } from "@/lib/domain/ids";

export type Cited<T> = { entry: T; spans: Span[] };

/** One synthetic source text and the claims it supports, each with the spans it cites. */
export interface SyntheticDocument {
  meta: Omit<DocumentFile, "body">;
  text: string;
  body: Span;
  /** Unique sentences that open and close the body, as document.json's `body` gives them. */
  bodyQuotes: { startQuote: string; endQuote: string };
  relationships: Array<Cited<Omit<RelationshipEntry, "citations">>>;
  memberships: Array<Cited<Omit<MembershipEntry, "citations">>>;
}

export interface SyntheticGraph {
  options: SyntheticOptions;
  /** Every actor, with the documents that make claims about it (as the seed loader computes). */
  actors: SeedActor[];
  relationshipCount: number;
  membershipCount: number;
  documentCount: number;
  /** The documents in order, built one at a time so a big graph never sits in memory whole. */
  documents(): Generator<SyntheticDocument>;
}

type Claim = { type: "edge" | "tie"; index: number };

/** Claims in arrival order: each actor's ties to earlier actors, then its memberships. */
function* claimSequence(actorCount: number, topology: Topology, ties: MembershipTie[]) {
  let edge = 0;
  let tie = 0;
  for (let actor = 0; actor < actorCount; actor++) {
    for (; edge < topology.count && topology.newer[edge] === actor; edge++) {
      yield { type: "edge", index: edge } satisfies Claim;
    }
    for (; tie < ties.length && ties[tie]!.member === actor; tie++) {
      yield { type: "tie", index: tie } satisfies Claim;
    }
  }
}

const documentId = (n: number) => `synthetic-brief-${String(n + 1).padStart(6, "0")}`;

/** Builds the deterministic synthetic influence network that `input` describes. */
export function generateSyntheticGraph(input: SyntheticOptionsInput): SyntheticGraph {
  const options = syntheticOptionsSchema.parse(input);
  const { seed, claimsPerDocument } = options;
  const actors = generateActors(options.actors, randomStream(seed, "actors"));
  const topology = attachEdges(actors, options.relationshipsPerActor, randomStream(seed, "edges"));
  const ties = chooseMemberships(actors, randomStream(seed, "memberships"));
  for (const tie of ties) {
    const member = actors[tie.member]!;
    if (member.kind === "person" && member.role === undefined) {
      member.role = `${tie.role} of ${actors[tie.group]!.name}`;
    }
  }

  const documentsOf = actors.map(() => [] as number[]);
  const note = (actor: number, document: number) => {
    const list = documentsOf[actor]!;
    if (list[list.length - 1] !== document) list.push(document);
  };
  let claimCount = 0;
  for (const claim of claimSequence(actors.length, topology, ties)) {
    const document = Math.floor(claimCount++ / claimsPerDocument);
    const [a, b] =
      claim.type === "edge"
        ? [topology.older[claim.index]!, topology.newer[claim.index]!]
        : [ties[claim.index]!.member, ties[claim.index]!.group];
    note(a, document);
    note(b, document);
  }
  const documentCount = Math.max(1, Math.ceil(claimCount / claimsPerDocument));

  const seedActors: SeedActor[] = actors.map(({ countryIndex, ...actor }, i) => {
    void countryIndex;
    const documents = documentsOf[i]!.length > 0 ? documentsOf[i]! : [0];
    return { ...actor, documentIds: [...new Set(documents)].sort((x, y) => x - y).map(documentId) };
  });

  return {
    options,
    actors: seedActors,
    relationshipCount: topology.count,
    membershipCount: ties.length,
    documentCount,
    documents: () => generateDocuments(actors, topology, ties, options),
  };
}

function* generateDocuments(
  actors: SyntheticActor[],
  topology: Topology,
  ties: MembershipTie[],
  options: SyntheticOptions,
): Generator<SyntheticDocument> {
  const random = randomStream(options.seed, "claims");
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  let batch: Claim[] = [];
  let n = 0;
  for (const claim of claimSequence(actors.length, topology, ties)) {
    batch.push(claim);
    if (batch.length === options.claimsPerDocument) {
      yield buildDocument(n++, batch, actors, topology, ties, random, uniqueId);
      batch = [];
    }
  }
  if (batch.length > 0 || n === 0) {
    yield buildDocument(n, batch, actors, topology, ties, random, uniqueId);
  }
}

function buildDocument(
  n: number,
  claims: Claim[],
  actors: SyntheticActor[],
  topology: Topology,
  ties: MembershipTie[],
  random: Random,
  uniqueId: (base: string) => string,
): SyntheticDocument {
  const id = documentId(n);
  const first = claims[0];
  const countries = first
    ? first.type === "edge"
      ? [topology.older[first.index]!, topology.newer[first.index]!]
      : [ties[first.index]!.member, ties[first.index]!.group]
    : [0, 0];
  const place = (i: number) => actors[i]!.country ?? actors[i]!.name;
  const title = `${place(countries[0]!)} and ${place(countries[1]!)}: synthetic brief ${n + 1}`;
  const lead = `This synthetic brief (${id}) was generated for load testing; every name in it is invented.`;
  const closing = `End of synthetic brief ${id}.`;

  const text = textBuilder();
  text.append(`${title}\n\n`);
  const leadSpan = text.append(lead);
  const relationships: SyntheticDocument["relationships"] = [];
  const memberships: SyntheticDocument["memberships"] = [];
  const echoes: Array<{ cited: Cited<unknown>; sentence: string }> = [];
  claims.forEach((claim, i) => {
    text.append(i % 6 === 5 ? "\n\n" : " ");
    if (claim.type === "edge") {
      const older = actors[topology.older[claim.index]!]!;
      const newer = actors[topology.newer[claim.index]!]!;
      const shape = shapeClaim(older.kind, newer.kind, random);
      const [source, target] = shape.sourceIsOlder ? [older, newer] : [newer, older];
      const span = text.append(claimSentence(shape, source.name, target.name, random));
      const cited = {
        entry: {
          id: uniqueId(`${source.id}-${shape.kind}-${target.id}`),
          source: source.id,
          target: target.id,
          family: shape.family,
          kind: shape.kind,
          weight: shape.weight,
          summary: `${source.name} ${shape.verb} ${target.name}.`,
          ...(shape.date && { date: shape.date }),
        } as Omit<RelationshipEntry, "citations">,
        spans: [span],
      };
      relationships.push(cited);
      if (random.chance(0.08)) {
        echoes.push({ cited, sentence: echoSentence(shape.family, source.name, target.name) });
      }
    } else {
      const tie = ties[claim.index]!;
      const member = actors[tie.member]!;
      const group = actors[tie.group]!;
      const span = text.append(membershipSentence(member.name, tie.role, group.name, random));
      memberships.push({
        entry: {
          id: uniqueId(`${member.id}-${slugify(tie.role)}-in-${group.id}`),
          member: member.id,
          group: group.id,
          role: tie.role,
        },
        spans: [span],
      });
    }
  });
  if (echoes.length > 0) text.append("\n\n");
  echoes.forEach(({ cited, sentence }, i) => {
    if (i > 0) text.append(" ");
    cited.spans.push(text.append(sentence));
  });
  text.append("\n\n");
  const closingSpan = text.append(closing);
  text.append("\n");

  const year = 2000 + random.int(0, 24);
  return {
    meta: {
      id,
      title,
      section: "Synthetic | Load test",
      publisher: "Influence Atlas synthetic corpus",
      published: {
        date: `${year}-${String(random.int(1, 12)).padStart(2, "0")}`,
        yearInferred: false,
      },
      sourceFile: `synthetic/${id}.txt`,
    },
    text: text.text(),
    body: { start: leadSpan.start, end: closingSpan.end },
    bodyQuotes: { startQuote: lead, endQuote: closing },
    relationships,
    memberships,
  };
}
