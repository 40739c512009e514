import cytoscape from "cytoscape";
import { communityMembership, type WeightedTie } from "@/lib/analysis/communities";
import { pairKey } from "@/lib/analysis/signed-pairs";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";

export interface ActorRanking extends ActorRef {
  influenceGiven: number;
  influenceGivenWeight: number;
  influenceReceived: number;
  influenceReceivedWeight: number;
  hostilityGiven: number;
  hostilityGivenWeight: number;
  hostilityReceived: number;
  hostilityReceivedWeight: number;
  /** Share of a random walk along influence ties that ends at the actor (sums to 1 over actors). */
  pageRank: number;
  /** Shortest paths between other actors that pass through this one (ties of any family, undirected). */
  betweenness: number;
  /** Betweenness divided by its maximum possible value, (n−1)(n−2)/2. */
  betweennessNormalised: number;
  /** 1-based cluster of actors tied by influence, largest first; null when the actor stands alone. */
  community: number | null;
}

export const PAGE_RANK_DAMPING = 0.85;

export const emptyCounts = {
  influenceGiven: 0,
  influenceGivenWeight: 0,
  influenceReceived: 0,
  influenceReceivedWeight: 0,
  hostilityGiven: 0,
  hostilityGivenWeight: 0,
  hostilityReceived: 0,
  hostilityReceivedWeight: 0,
};

function degreeCounts(graph: SignedGraph): Map<string, typeof emptyCounts> {
  const counts = new Map(graph.actors.map((a) => [a.id, { ...emptyCounts }]));
  for (const r of graph.relationships) {
    const given = counts.get(r.source);
    const received = counts.get(r.target);
    const family = r.family === "influence" ? "influence" : "hostility";
    if (given) {
      given[`${family}Given`] += 1;
      given[`${family}GivenWeight`] += r.weight;
    }
    if (received) {
      received[`${family}Received`] += 1;
      received[`${family}ReceivedWeight`] += r.weight;
    }
  }
  return counts;
}

const nodesOf = (graph: SignedGraph) => graph.actors.map((a) => ({ data: { id: a.id } }));

/** Weighted PageRank over directed influence ties; parallel ties add their weights. */
function pageRanks(graph: SignedGraph): Map<string, number> {
  const known = new Set(graph.actors.map((a) => a.id));
  const edges = graph.relationships
    .filter((r) => r.family === "influence" && known.has(r.source) && known.has(r.target))
    .map((r) => ({
      data: { id: `e:${r.id}`, source: r.source, target: r.target, weight: r.weight },
    }));
  const cy = cytoscape({ headless: true, elements: [...nodesOf(graph), ...edges] });
  // Cytoscape adds (1 − f)/n to every entry of the column-stochastic link matrix and renormalises,
  // which is textbook PageRank with damping 1/(2 − f); f = 2 − 1/d therefore gives damping d.
  // Its `weight` option (src/collection/algorithms/page-rank.mjs) is missing from its types.
  const options = {
    dampingFactor: 2 - 1 / PAGE_RANK_DAMPING,
    // The default stops at a squared change of 1e-6, about three decimals; this gives about eight.
    precision: 1e-16,
    iterations: 1000,
    weight: (edge: cytoscape.EdgeSingular) => Number(edge.data("weight")),
  };
  const result = cy.elements().pageRank(options as cytoscape.SearchPageRankOptions);
  return new Map(cy.nodes().map((n) => [n.id(), result.rank(n)]));
}

/**
 * Brandes betweenness over ties of any family, undirected, one edge per linked pair (parallel ties
 * would otherwise count as extra shortest paths). Cytoscape's undirected run visits every pair from
 * both ends, so its raw score is halved to the textbook value.
 */
function betweenness(graph: SignedGraph): Map<string, number> {
  const known = new Set(graph.actors.map((a) => a.id));
  const seen = new Set<string>();
  const edges = [];
  for (const r of graph.relationships) {
    const key = pairKey(r.source, r.target);
    if (r.source === r.target || seen.has(key) || !known.has(r.source) || !known.has(r.target)) {
      continue;
    }
    seen.add(key);
    edges.push({ data: { id: `p:${key}`, source: r.source, target: r.target } });
  }
  const cy = cytoscape({ headless: true, elements: [...nodesOf(graph), ...edges] });
  const result = cy.elements().betweennessCentrality({ directed: false });
  return new Map(cy.nodes().map((n) => [n.id(), result.betweenness(n) / 2]));
}

/** Louvain communities over influence ties, undirected, weighted by the pair's summed weights. */
function communities(graph: SignedGraph): Map<string, number> {
  const known = new Set(graph.actors.map((a) => a.id));
  const ties = new Map<string, WeightedTie>();
  for (const r of graph.relationships) {
    if (r.family !== "influence" || r.source === r.target) continue;
    if (!known.has(r.source) || !known.has(r.target)) continue;
    const key = pairKey(r.source, r.target);
    const tie = ties.get(key) ?? { a: r.source, b: r.target, weight: 0 };
    tie.weight += r.weight;
    ties.set(key, tie);
  }
  return communityMembership([...ties.values()]);
}

/** Every ranking for every actor, ordered by id; the page and API sort as the reader asks. */
export function computeRankings(graph: SignedGraph): ActorRanking[] {
  const counts = degreeCounts(graph);
  const ranks = pageRanks(graph);
  const between = betweenness(graph);
  const community = communities(graph);
  const n = graph.actors.length;
  const maxPairs = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  return graph.actors.map((actor) => {
    const b = between.get(actor.id) ?? 0;
    return {
      ...actor,
      ...(counts.get(actor.id) ?? emptyCounts),
      pageRank: ranks.get(actor.id) ?? 0,
      betweenness: b,
      betweennessNormalised: b / maxPairs,
      community: community.get(actor.id) ?? null,
    };
  });
}
