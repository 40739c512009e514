import type { InfluencePath, PathHop } from "@/lib/analysis/path-shape";
import type { ActorRanking } from "@/lib/analysis/rankings";
import type { GraphEdgeData, GraphNodeData } from "@/lib/explorer/graph-types";
import { ONE_SOURCE } from "@/tests/support/signed-graph-fixtures";

/** Small builders for the explorer's pure-function tests. */
export const node = (
  id: string,
  kind: GraphNodeData["kind"] = "person",
  influenceWeight = 0,
): { data: GraphNodeData } => ({
  data: {
    id,
    label: id.toUpperCase(),
    kind,
    influenceOut: 0,
    influenceIn: 0,
    hostilityOut: 0,
    hostilityIn: 0,
    influenceWeight,
    degree: 0,
    distance: null,
  },
});

export const edge = (
  id: string,
  source: string,
  target: string,
  family: GraphEdgeData["family"],
  weight: number | null = 1,
  dates: [string, string] | null = null,
): { data: GraphEdgeData } => ({
  data: {
    id,
    source,
    target,
    family,
    kind: "k",
    weight,
    summary: `${id} summary`,
    dateStart: dates?.[0] ?? null,
    dateEnd: dates?.[1] ?? null,
    dateLabel: null,
    yearInferred: false,
    citationCount: 1,
    claimCount: 1,
    sourceCount: 1,
    independentSourceCount: 1,
    contested: false,
  },
});

export const ranking = (
  id: string,
  values: Partial<Omit<ActorRanking, "id" | "name" | "kind">> = {},
): ActorRanking => ({
  id,
  name: id.toUpperCase(),
  kind: "person",
  influenceGiven: 0,
  influenceGivenWeight: 0,
  influenceReceived: 0,
  influenceReceivedWeight: 0,
  hostilityGiven: 0,
  hostilityGivenWeight: 0,
  hostilityReceived: 0,
  hostilityReceivedWeight: 0,
  pageRank: 0,
  betweenness: 0,
  betweennessNormalised: 0,
  community: null,
  ...values,
});

export const hop = (
  id: string,
  source: string,
  target: string,
  family: PathHop["family"],
  forward = true,
): PathHop => ({
  id,
  source,
  sourceName: source.toUpperCase(),
  target,
  targetName: target.toUpperCase(),
  family,
  kind: family === "influence" ? "backs" : "attacks",
  weight: 2,
  summary: `${id} summary`,
  date: null,
  citations: [
    {
      passageId: `p-${id}`,
      documentId: "doc",
      documentTitle: "Doc",
      text: `quote ${id}`,
      start: 0,
      end: `quote ${id}`.length,
    },
  ],
  evidence: ONE_SOURCE,
  forward,
  parallelIds: [],
});

/** A path through `ids`, one hop per consecutive pair, hostile where `hostile` says. */
export function pathThrough(ids: string[], hostile: boolean[] = []): InfluencePath {
  const relationships = ids.slice(1).map((target, i) => {
    const source = ids[i]!;
    return hop(`${source}-${target}`, source, target, hostile[i] ? "hostility" : "influence");
  });
  return {
    nodes: ids.map((id) => ({ id, name: id.toUpperCase(), kind: "state" })),
    relationships,
    length: relationships.length,
    hostileHops: relationships.filter((r) => r.family === "hostility").length,
  };
}
