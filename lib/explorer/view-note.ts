import type { GraphResponse } from "@/lib/graph/types";
import { VIEW_ACTORS_MAX } from "@/lib/layout/budget";

/** 8412 → "8,412", as every count on screen is written. */
export const thousands = (n: number) => n.toLocaleString("en-US");

/** "1 actor", "8,412 actors". */
export const countOf = (n: number, one: string, many = `${one}s`) =>
  `${thousands(n)} ${n === 1 ? one : many}`;

/** What a view's answer says about its cut (`/api/graph`'s counts). */
export type CutCounts = Pick<
  GraphResponse["counts"],
  "nodes" | "edges" | "matchedActors" | "matchedEdges"
>;

/** Null totals (a large neighbourhood's, counted apart by /api/graph/totals) mean it was cut. */
export const isCut = (counts: CutCounts) =>
  counts.matchedActors === null ||
  counts.matchedEdges === null ||
  counts.nodes < counts.matchedActors ||
  counts.edges < counts.matchedEdges;

/**
 * What a cut view shows and what it left out, with the API's exact totals: "Iran's 2-step
 * neighbourhood: 1,000 strongest of 8,412 actors and 4,000 of 31,220 links"; while the totals
 * are still being counted, what it shows ("… 1,000 strongest actors and 4,000 links; counting
 * the rest…"). Null when nothing was cut.
 */
export function cutNote(
  counts: CutCounts,
  focus: { name: string; depth: number } | null,
): string | null {
  if (!isCut(counts)) return null;
  const what = focus ? `${focus.name}’s ${focus.depth}-step neighbourhood` : "The whole graph";
  const chosen = focus ? "strongest" : "best-connected";
  const { matchedActors, matchedEdges } = counts;
  if (matchedActors === null || matchedEdges === null) {
    return `${what}: ${thousands(counts.nodes)} ${chosen} actors and ${countOf(counts.edges, "link")}; counting the rest…`;
  }
  const actors =
    counts.nodes < matchedActors
      ? `${thousands(counts.nodes)} ${chosen} of ${countOf(matchedActors, "actor")}`
      : `all ${countOf(matchedActors, "actor")}`;
  const links =
    counts.edges < matchedEdges
      ? `${thousands(counts.edges)} of ${countOf(matchedEdges, "link")}`
      : `all ${countOf(matchedEdges, "link")}`;
  return `${what}: ${actors} and ${links}`;
}

/** The limit "show more" asks for: twice the current one, up to what the explorer draws; null at the cap. */
export function moreLimit(current: number): number | null {
  return current >= VIEW_ACTORS_MAX ? null : Math.min(VIEW_ACTORS_MAX, current * 2);
}

/** The filter panel's line while the explorer shows the communities summary instead of actors. */
export function summaryShown(
  communities: number,
  totals: { actors: number; relationships: number; memberships: number },
): string {
  return `Showing ${countOf(communities, "community", "communities")} of ${countOf(totals.actors, "actor")} and ${countOf(totals.relationships + totals.memberships, "link")}`;
}
