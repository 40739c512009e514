import type { ClaimProgress, ClaimView, EdgeEvidence } from "@/lib/curation/types";

/*
 * The claims review queue as pure functions (components/curation/claims draws it): what a claim
 * is called, which ones a filter shows, what bulk actions apply to, and how a write's answer
 * folds into what is loaded.
 */

export const CLAIM_FILTERS = ["proposed", "deferred", "accepted", "rejected", "all"] as const;
export type ClaimFilter = (typeof CLAIM_FILTERS)[number];

/** A claim's place in the queue: a deferred proposal is still `proposed`, put aside. */
export type ClaimQueueState = "proposed" | "deferred" | "accepted" | "rejected" | "retracted";

export function claimQueueState(claim: ClaimView): ClaimQueueState {
  return claim.status === "proposed" && claim.deferred ? "deferred" : claim.status;
}

/** "Iran → PMU · influence/backs · proposed" */
export function claimQueueLabel(claim: ClaimView): string {
  const kind = claim.family
    ? `${claim.family}/${claim.kind ?? "no kind yet"}`
    : (claim.kind ?? "no kind yet");
  const polarity = claim.polarity === "asserts" ? "" : ` (${claim.polarity})`;
  return `${claim.subject.name} → ${claim.object.name} · ${kind}${polarity} · ${claimQueueState(claim)}`;
}

export function filterClaims(claims: ClaimView[], filter: ClaimFilter, text: string): ClaimView[] {
  const needle = text.trim().toLowerCase();
  return claims.filter((claim) => {
    if (filter !== "all" && claimQueueState(claim) !== filter) return false;
    if (!needle) return true;
    return [
      claim.subject.name,
      claim.object.name,
      claim.family ?? "",
      claim.kind ?? "",
      claim.reason ?? "",
      claim.summary ?? "",
      ...claim.citations.map((citation) => citation.text),
    ].some((value) => value.toLowerCase().includes(needle));
  });
}

/** "12 of 40 decided": accepted, rejected and retracted count; proposed and deferred wait. */
export function claimsDecided(progress: ClaimProgress): { decided: number; total: number } {
  return {
    decided: progress.accepted + progress.rejected + progress.retracted,
    total: progress.total,
  };
}

const waiting = (claim: ClaimView) => claim.status === "proposed";

/** "Accept all shown" takes the waiting claims that say what they claim (family, kind, weight). */
export function acceptableInBulk(claims: ClaimView[]): ClaimView[] {
  return claims.filter(
    (claim) =>
      waiting(claim) && claim.family !== null && claim.kind !== null && claim.weight !== null,
  );
}

export function rejectableInBulk(claims: ClaimView[]): ClaimView[] {
  return claims.filter(waiting);
}

export function claimRefs(claims: ClaimView[]): { id: string; version: number }[] {
  return claims.map(({ id, version }) => ({ id, version }));
}

const firstCitation = (claim: ClaimView) => claim.citations[0]?.start ?? Number.MAX_SAFE_INTEGER;

/** The loaded claims with a write's answer in place; a new claim joins at its citation's place. */
export function replaceClaims(claims: ClaimView[], changed: ClaimView[]): ClaimView[] {
  const byId = new Map(changed.map((claim) => [claim.id, claim]));
  const kept = claims.map((claim) => byId.get(claim.id) ?? claim);
  const known = new Set(claims.map((claim) => claim.id));
  const added = changed.filter((claim) => !known.has(claim.id));
  if (added.length === 0) return kept;
  // A stable sort: the server's order (first citation, then distance) stays among equals.
  return [...kept, ...added].sort((a, b) => firstCitation(a) - firstCitation(b));
}

/** The pair edges after a write: recomputed ones replaced or added, removed ones gone. */
export function mergePairEdges(
  pairEdges: EdgeEvidence[],
  edges: EdgeEvidence[],
  removedEdgeIds: string[],
): EdgeEvidence[] {
  const removed = new Set(removedEdgeIds);
  const byId = new Map(edges.map((edge) => [edge.id, edge]));
  const kept = pairEdges
    .filter((edge) => !removed.has(edge.id))
    .map((edge) => byId.get(edge.id) ?? edge);
  const known = new Set(kept.map((edge) => edge.id));
  return [...kept, ...edges.filter((edge) => !known.has(edge.id) && !removed.has(edge.id))];
}

/** The edges already between the two actors: in the claim's direction, and the other way. */
export function edgesOfPair(
  pairEdges: EdgeEvidence[],
  subjectId: string | null,
  objectId: string | null,
): { same: EdgeEvidence[]; reverse: EdgeEvidence[] } {
  if (!subjectId || !objectId) return { same: [], reverse: [] };
  return {
    same: pairEdges.filter((edge) => edge.source === subjectId && edge.target === objectId),
    reverse: pairEdges.filter((edge) => edge.source === objectId && edge.target === subjectId),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Iran → PMU backs: 3 claims, 2 independent sources" (and the disputes, if any). */
export function evidenceSummary(edge: EdgeEvidence): string {
  const disputes = edge.disputeClaimIds.length;
  return (
    `${edge.sourceName} → ${edge.targetName} ${edge.kind}: ` +
    `${count(edge.claimIds.length, "claim", "claims")}, ` +
    `${count(edge.independentSourceCount, "independent source", "independent sources")}` +
    (disputes ? `, ${count(disputes, "disputing claim", "disputing claims")}` : "")
  );
}
