import type { Relationship } from "@/lib/graph/types";

/** Plain domain shapes shared by the analyses; nothing of the driver's types reaches past lib/. */
export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}

/** The influence/hostility graph as the analyses see it: every actor, every cited relationship. */
export interface SignedGraph {
  actors: ActorRef[];
  relationships: Relationship[];
}

/** The passages a relationship rests on, counted once each, in its citation order. */
export function passageIdsOf(relationship: Pick<Relationship, "citations">): string[] {
  return [...new Set(relationship.citations.map((c) => c.passageId))];
}

export function documentIdsOf(relationship: Pick<Relationship, "citations">): string[] {
  return [...new Set(relationship.citations.map((c) => c.documentId))];
}
