import type {
  ActorEntry,
  DecisionEntry,
  DocumentFile,
  MembershipEntry,
  RelationshipEntry,
} from "@/lib/seed/schema";

export type SeedDocument = Omit<DocumentFile, "body"> & {
  text: string;
  /** UTF-16 offsets into text; the body is text.slice(bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
  /** decisions.json: judgements on names a curator made in this document. */
  decisions: DecisionEntry[];
};

export type SeedActor = ActorEntry & { documentIds: string[] };

export type SeedRelationship = Pick<
  RelationshipEntry,
  "id" | "source" | "target" | "family" | "kind" | "weight" | "summary"
> & {
  /** YYYY-MM-DD: first day of date.start */
  dateStart?: string;
  /** YYYY-MM-DD: last day of date.end, or of date.start when there is no end */
  dateEnd?: string;
  dateLabel?: string;
  yearInferred: boolean;
  passageIds: string[];
  documentIds: string[];
};

export type SeedMembership = Omit<MembershipEntry, "citations"> & {
  passageIds: string[];
  documentIds: string[];
};

export type SeedPassage = {
  /** `${documentId}:${start}-${end}` */
  id: string;
  documentId: string;
  /** UTF-16 offsets into the document text, end exclusive */
  start: number;
  end: number;
  text: string;
  actorIds: string[];
};

export type SeedBundle = {
  documents: SeedDocument[];
  actors: SeedActor[];
  relationships: SeedRelationship[];
  memberships: SeedMembership[];
  passages: SeedPassage[];
};
