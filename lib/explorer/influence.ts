import type { GraphData } from "@/lib/explorer/graph-types";

/**
 * An actor's influence: the summed weight of the influence it exerts, plus half of the hostility it
 * directs (pressure is a kind of reach too). Taken from the whole graph so that an actor keeps its
 * size in every view. An `influence` the API supplies wins.
 */
export function influenceScores(whole: GraphData): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { data } of whole.nodes) {
    scores.set(data.id, typeof data.influence === "number" ? data.influence : 0);
  }
  if (whole.nodes.some(({ data }) => typeof data.influence === "number")) return scores;
  for (const { data } of whole.edges) {
    const weight = data.weight ?? 1;
    const share =
      data.family === "influence" ? weight : data.family === "hostility" ? weight / 2 : 0;
    scores.set(data.source, (scores.get(data.source) ?? 0) + share);
  }
  return scores;
}

export function nodeSize(influence: number): number {
  return Math.round(Math.min(84, 26 + 9 * Math.sqrt(influence)));
}
