import { type RelationshipFamily } from "@/lib/domain/relationship-families";

/** Plain domain shapes shared by the analyses; nothing of the driver's types reaches past lib/. */
export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}

export interface Citation {
  passageId: string;
  documentId: string;
  documentTitle: string | null;
  text: string;
}

export interface CitedRelationship {
  id: string;
  source: string;
  target: string;
  family: RelationshipFamily;
  kind: string;
  weight: number;
  summary: string;
  dateStart: string | null;
  dateEnd: string | null;
  dateLabel: string | null;
  passageIds: string[];
  documentIds: string[];
  citations: Citation[];
}

/** The influence/hostility graph as the analyses see it: every actor, every cited relationship. */
export interface SignedGraph {
  actors: ActorRef[];
  relationships: CitedRelationship[];
}
