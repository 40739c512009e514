import type { ActorRanking } from "@/lib/analysis/rankings";
import type { GraphData } from "@/lib/explorer/graph-types";
import { nodeSize } from "@/lib/explorer/influence";

/** What node size can show. `influenceGiven` is the explorer's long-standing default. */
export const SIZE_METRICS = [
  "influenceGiven",
  "none",
  "pageRank",
  "betweenness",
  "influenceReceived",
  "hostilityGiven",
  "hostilityReceived",
] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const COLOR_MODES = ["kind", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface MetricInfo {
  label: string;
  /** How the legend's "Node size: …" names it. */
  noun: string;
  /** What a bigger node means, in a researcher's words. */
  explain: string;
  /** Whether the numbers come from /api/analysis/rankings (the others are in the graph's own data). */
  fromRankings: boolean;
}

export const SIZE_METRIC_INFO: Record<SizeMetric, MetricInfo> = {
  influenceGiven: {
    noun: "influence exerted",
    label: "Influence exerted",
    explain: "Summed strength (1–3 each) of the influence ties the actor gives.",
    fromRankings: false,
  },
  none: {
    noun: "the same for every actor",
    label: "None (all equal)",
    explain: "Every actor is drawn the same size.",
    fromRankings: false,
  },
  pageRank: {
    noun: "PageRank",
    label: "PageRank",
    explain:
      "How much influence flows to the actor, counting influence from influential actors more (PageRank over influence ties, damping 0.85).",
    fromRankings: true,
  },
  betweenness: {
    noun: "betweenness",
    label: "Betweenness (brokers)",
    explain:
      "How many shortest chains between other actors pass through this one, over ties of any family: the brokers.",
    fromRankings: true,
  },
  influenceReceived: {
    noun: "influence received",
    label: "Influence received",
    explain: "Summed strength of the influence ties that reach the actor.",
    fromRankings: true,
  },
  hostilityGiven: {
    noun: "hostility given",
    label: "Hostility given",
    explain: "Summed strength of the actor's hostile ties towards others.",
    fromRankings: true,
  },
  hostilityReceived: {
    noun: "hostility received",
    label: "Hostility received",
    explain: "Summed strength of the hostile ties aimed at the actor.",
    fromRankings: true,
  },
};

export const UNIFORM_SIZE = 34;
export const MIN_SIZE = 22;
export const MAX_SIZE = 84;

const RANKING_FIELD: Record<Exclude<SizeMetric, "influenceGiven" | "none">, keyof ActorRanking> = {
  pageRank: "pageRank",
  betweenness: "betweenness",
  influenceReceived: "influenceReceivedWeight",
  hostilityGiven: "hostilityGivenWeight",
  hostilityReceived: "hostilityReceivedWeight",
};

/** Each actor's value of the metric, or null when the metric needs rankings not yet loaded. */
export function metricValues(
  metric: SizeMetric,
  graph: GraphData,
  rankings: readonly ActorRanking[] | null,
): Map<string, number> | null {
  if (metric === "none") return new Map(graph.nodes.map(({ data }) => [data.id, 0]));
  if (metric === "influenceGiven") {
    return new Map(graph.nodes.map(({ data }) => [data.id, data.influenceWeight]));
  }
  if (!rankings) return null;
  const field = RANKING_FIELD[metric];
  return new Map(rankings.map((actor) => [actor.id, Number(actor[field])]));
}

/**
 * Node sizes (diameters) for the loaded actors. Area grows with the value — the diameter with its
 * square root — from MIN_SIZE at 0 to MAX_SIZE at the largest value over all ranked actors, so an
 * actor keeps its size whatever part of the graph is on screen. The default keeps the explorer's
 * original absolute scale; an actor missing from the rankings gets the smallest size.
 */
export function nodeSizes(
  metric: SizeMetric,
  graph: GraphData,
  rankings: readonly ActorRanking[] | null,
): Map<string, number> {
  const ids = graph.nodes.map(({ data }) => data.id);
  const values = metricValues(metric, graph, rankings);
  if (metric === "none") return new Map(ids.map((id) => [id, UNIFORM_SIZE]));
  if (metric === "influenceGiven" || !values) {
    return new Map(graph.nodes.map(({ data }) => [data.id, nodeSize(data.influenceWeight)]));
  }
  const max = Math.max(0, ...values.values());
  return new Map(ids.map((id) => [id, scaledSize(values.get(id) ?? 0, max)]));
}

export function scaledSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_SIZE;
  const size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(value, max) / max);
  // Rounded to a hundredth of a pixel, not a tenth: two actors whose values differ by 2% (the
  // seed's betweenness 4.63 and 4.54) must still differ in size, as the legend promises.
  return Math.round(size * 100) / 100;
}

export interface SizeLegend {
  label: string;
  explain: string;
  /** The largest values over all ranked actors, biggest first, for the legend's examples. */
  top: { id: string; name: string; value: number; size: number }[];
  max: number;
}

/** The legend's account of the size encoding: the metric, and who is drawn largest. */
export function sizeLegend(
  metric: SizeMetric,
  rankings: readonly ActorRanking[] | null,
  count = 3,
): SizeLegend {
  const info = SIZE_METRIC_INFO[metric];
  const base = { label: info.label, explain: info.explain, top: [], max: 0 };
  if (!info.fromRankings || !rankings) return base;
  const field = RANKING_FIELD[metric as keyof typeof RANKING_FIELD];
  const ranked = rankings
    .map((actor) => ({ id: actor.id, name: actor.name, value: Number(actor[field]) }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const max = Math.max(0, ranked[0]?.value ?? 0);
  const top = ranked
    .filter((actor) => actor.value > 0)
    .slice(0, count)
    .map((actor) => ({ ...actor, size: scaledSize(actor.value, max) }));
  return { ...base, top, max };
}

export interface CommunityGroup {
  /** 1-based, largest first, as /api/analysis/rankings numbers them; null: no influence tie. */
  community: number | null;
  members: { id: string; name: string }[];
}

/**
 * Actors grouped by community for the legend, numbered communities first, then the loners; in
 * each, the actors with the most influence (given and received, by weight) first, so the legend
 * names a community by the actors that hold it together.
 */
export function communityGroups(rankings: readonly ActorRanking[]): CommunityGroup[] {
  const groups = new Map<number | null, CommunityGroup>();
  const weight = (a: ActorRanking) => a.influenceGivenWeight + a.influenceReceivedWeight;
  const ordered = [...rankings].sort(
    (a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name),
  );
  for (const actor of ordered) {
    const group = groups.get(actor.community) ?? { community: actor.community, members: [] };
    group.members.push({ id: actor.id, name: actor.name });
    groups.set(actor.community, group);
  }
  return [...groups.values()].sort((a, b) => (a.community ?? Infinity) - (b.community ?? Infinity));
}

/**
 * Which colour of a palette of `paletteSize` colours a community gets: community n takes colour
 * n−1, wrapping round when there are more communities than colours; -1 means "no community".
 */
export function communitySlot(community: number | null | undefined, paletteSize: number): number {
  if (community === null || community === undefined || paletteSize <= 0) return -1;
  return (community - 1) % paletteSize;
}

/** A metric's value as the legend writes it: shares to three decimals, sums as whole numbers. */
export function formatMetric(metric: SizeMetric, value: number): string {
  if (metric === "pageRank") return value.toFixed(3);
  if (metric === "betweenness") return value.toFixed(1);
  return String(Math.round(value));
}
