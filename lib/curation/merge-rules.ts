import type { ClaimSide, MergeClaim, MergeEdge } from "@/lib/curation/merge-types";
import type { EdgeFamily } from "@/lib/domain/relationship-families";

/*
 * What a merge does to claims and edges, as pure rules (unit-tested): where each edge of the merged
 * actor goes, which of the survivor's edges it joins, and which claims become self-claims.
 */

export interface MergePair {
  survivorId: string;
  mergedId: string;
}

/** An edge as the plan reads it from the graph. */
export interface EdgeRow {
  id: string;
  family: EdgeFamily;
  kind: string;
  source: string;
  target: string;
  claimCount: number;
  byHand: boolean;
}

const moveEnd = (id: string, { survivorId, mergedId }: MergePair) =>
  id === mergedId ? survivorId : id;

/**
 * The merged actor's edges, moved: an edge between the two is dropped (a self-edge); one whose
 * moved ends, family and kind are those of a survivor's edge made of claims joins it (its claims
 * take that edge's id); the rest keep their ids on the survivor.
 */
export function planEdges(edges: EdgeRow[], pair: MergePair): MergeEdge[] {
  const { survivorId, mergedId } = pair;
  const survivorEdges = edges.filter(
    (e) => e.source !== mergedId && e.target !== mergedId && !e.byHand,
  );
  return edges
    .filter((e) => e.source === mergedId || e.target === mergedId)
    .map((edge) => {
      const newSource = moveEnd(edge.source, pair);
      const newTarget = moveEnd(edge.target, pair);
      const dropped = newSource === newTarget;
      const into =
        dropped || edge.byHand
          ? undefined
          : survivorEdges.find(
              (e) =>
                e.source === newSource &&
                e.target === newTarget &&
                e.family === edge.family &&
                e.kind === edge.kind &&
                (e.source === survivorId || e.target === survivorId),
            );
      return { ...edge, newSource, newTarget, dropped, into: into?.id ?? null };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The edge id each moved claim takes: the survivor's edge its own edge joins, else its own. */
export function claimEdgeIds(
  claims: ReadonlyArray<{ id: string; edgeId: string | null }>,
  edges: MergeEdge[],
): Map<string, string | null> {
  const into = new Map(edges.filter((e) => e.into).map((e) => [e.id, e.into!]));
  return new Map(claims.map((c) => [c.id, (c.edgeId && into.get(c.edgeId)) || c.edgeId]));
}

export function claimSide(
  claim: { subjectId: string; objectId: string },
  mergedId: string,
): ClaimSide {
  if (claim.subjectId === mergedId && claim.objectId === mergedId) return "both";
  return claim.subjectId === mergedId ? "subject" : "object";
}

/** A claim between the two actors: after the merge it would name one actor twice. */
export const isConflict = (claim: Pick<MergeClaim, "subjectId" | "objectId">, pair: MergePair) =>
  moveEnd(claim.subjectId, pair) === moveEnd(claim.objectId, pair);

/**
 * What a self-claim becomes: an accepted one is retracted, an open proposal rejected (it can never
 * be accepted); a rejected or retracted one stays as it is.
 */
export function conflictStatus(status: string): "retracted" | "rejected" | null {
  if (status === "accepted") return "retracted";
  if (status === "proposed") return "rejected";
  return null;
}
