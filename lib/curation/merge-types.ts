import type { EdgeEvidence, ClaimStatus } from "@/lib/curation/types";
import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { EdgeFamily } from "@/lib/domain/relationship-families";

/** The answers of the merge API (docs/curation.md "Merge and unmerge"); bodies in schemas.ts. */

export interface MergeActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

/** Which end of a claim named the merged actor. */
export type ClaimSide = "subject" | "object" | "both";

export interface MergeClaim {
  id: string;
  documentId: string;
  side: ClaimSide;
  status: ClaimStatus;
  family: EdgeFamily | null;
  kind: string | null;
  subjectId: string;
  objectId: string;
  edgeId: string | null;
}

/** An edge of the merged actor: where it goes, and the survivor's edge it joins, if any. */
export interface MergeEdge {
  id: string;
  family: EdgeFamily;
  kind: string;
  source: string;
  target: string;
  newSource: string;
  newTarget: string;
  claimCount: number;
  /** The survivor's edge of the same direction, family and kind that its claims join. */
  into: string | null;
  /** No claim stands behind it (a generated graph's): moved as it is. */
  byHand: boolean;
  /** It joined the two actors: a self-edge after the merge, so it goes. */
  dropped: boolean;
}

export interface MergeWarning {
  code: "not_same_name" | "not_this_actor";
  judgementId: string;
  message: string;
}

/** What a merge would change (the dry run), or changed. */
export interface MergeReport {
  survivor: MergeActorRef;
  merged: MergeActorRef;
  mentions: { id: string; documentId: string; text: string; status: string }[];
  claims: MergeClaim[];
  /** Claims between the two: self-claims after the merge, retracted (accepted) or rejected. */
  conflicts: MergeClaim[];
  aliases: { id: string; text: string; strength: string }[];
  localAliases: { documentId: string; aliases: string[] }[];
  passages: string[];
  edges: MergeEdge[];
  warnings: MergeWarning[];
}

export interface MergeView {
  id: string;
  survivorId: string;
  survivorName: string | null;
  mergedId: string;
  mergedName: string;
  by: string;
  at: string;
  undoneBy: string | null;
  undoneAt: string | null;
}

export interface MergeResponse {
  /** The merge's history entry. */
  entryId: string;
  merge: MergeView;
  report: MergeReport;
  edges: EdgeEvidence[];
  removedEdgeIds: string[];
}

export interface UnmergeResponse {
  /** The unmerge's history entry. */
  entryId: string;
  merge: MergeView;
  restored: { mentions: number; claims: number; aliases: number; judgements: number };
  /** What the merge moved that had changed since and was left where it is now. */
  notRestored: { what: "mention" | "claim" | "alias" | "judgement"; id: string; reason: string }[];
  edges: EdgeEvidence[];
  removedEdgeIds: string[];
}

export interface MergesResponse {
  merges: MergeView[];
}
