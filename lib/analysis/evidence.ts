import { pairKey } from "@/lib/analysis/signed-pairs";
import { documentIdsOf, passageIdsOf, type ActorRef, type SignedGraph } from "@/lib/analysis/types";
import type { Relationship } from "@/lib/graph/types";

export interface RelationshipEvidence {
  relationship: Relationship;
  source: ActorRef;
  target: ActorRef;
  passageCount: number;
  documentCount: number;
}

export interface Contradiction {
  actors: [ActorRef, ActorRef];
  influence: Relationship;
  hostility: Relationship;
  /** The shared window, or "undated" when either tie carries no date (and so may overlap). */
  period: string;
}

export interface EvidenceReport {
  /** Weakest first: fewest independent sources, then sources, then passages (`bySupport`). */
  relationships: RelationshipEvidence[];
  singlePassage: number;
  /** Relationships resting on a single independent source. */
  singleSource: number;
  contradictions: Contradiction[];
  /**
   * The relationships a claim disputes or a rival tie contests (`evidence.contested`), in the
   * order above: each carries its supporting `citations` and its `evidence.disputes`.
   */
  contested: RelationshipEvidence[];
}

/** Weakest support first: independent sources, then sources (documents), then passages. */
export function bySupport(x: RelationshipEvidence, y: RelationshipEvidence): number {
  const [ex, ey] = [x.relationship.evidence, y.relationship.evidence];
  return (
    ex.independentSourceCount - ey.independentSourceCount ||
    ex.sourceCount - ey.sourceCount ||
    x.passageCount - y.passageCount ||
    x.documentCount - y.documentCount ||
    x.relationship.id.localeCompare(y.relationship.id)
  );
}

/** The shared part of two dated windows, or null when they are disjoint or either is undated. */
export function overlap(x: Relationship, y: Relationship): string | null {
  if (!x.date || !y.date) return null;
  const start = x.date.start > y.date.start ? x.date.start : y.date.start;
  const end = x.date.end < y.date.end ? x.date.end : y.date.end;
  return start <= end ? (start === end ? start : `${start} – ${end}`) : null;
}

function samePassages(x: Relationship, y: Relationship): boolean {
  const [px, py] = [passageIdsOf(x).sort(), passageIdsOf(y).sort()];
  return px.length === py.length && px.every((id, i) => id === py[i]);
}

/**
 * A contradiction: the same two actors (either way round) both influencing and hostile in the same
 * period, on the word of different passages. Undated ties may fall in any period, so they are
 * flagged too; ties resting on exactly the same passages are one passage's nuance, not a conflict.
 */
export function findContradictions(graph: SignedGraph): Contradiction[] {
  const actorById = new Map(graph.actors.map((a) => [a.id, a]));
  const byPair = new Map<string, Relationship[]>();
  for (const r of graph.relationships) {
    const key = pairKey(r.source, r.target);
    byPair.set(key, [...(byPair.get(key) ?? []), r]);
  }
  const found: Contradiction[] = [];
  for (const [key, rels] of [...byPair].sort(([x], [y]) => x.localeCompare(y))) {
    const [a, b] = key.split("|") as [string, string];
    for (const influence of rels.filter((r) => r.family === "influence")) {
      for (const hostility of rels.filter((r) => r.family === "hostility")) {
        if (samePassages(influence, hostility)) continue;
        const undated = !influence.date || !hostility.date;
        const shared = overlap(influence, hostility);
        if (!undated && !shared) continue;
        found.push({
          actors: [
            actorById.get(a) ?? { id: a, name: a, kind: "" },
            actorById.get(b) ?? { id: b, name: b, kind: "" },
          ],
          influence,
          hostility,
          period: shared ?? "undated",
        });
      }
    }
  }
  return found;
}

/** How well each relationship is supported, weakest first; the contradictions; the contested. */
export function analyseEvidence(graph: SignedGraph): EvidenceReport {
  const actorById = new Map(graph.actors.map((a) => [a.id, a]));
  const actor = (id: string) => actorById.get(id) ?? { id, name: id, kind: "" };
  const relationships = graph.relationships
    .map((relationship) => ({
      relationship,
      source: actor(relationship.source),
      target: actor(relationship.target),
      passageCount: passageIdsOf(relationship).length,
      documentCount: documentIdsOf(relationship).length,
    }))
    .sort(bySupport);
  return {
    relationships,
    singlePassage: relationships.filter((r) => r.passageCount <= 1).length,
    singleSource: relationships.filter((r) => r.relationship.evidence.independentSourceCount <= 1)
      .length,
    contradictions: findContradictions(graph),
    contested: relationships.filter((r) => r.relationship.evidence.contested),
  };
}
