import type { GraphData } from "@/lib/explorer/graph-types";
import { periodStart } from "@/lib/explorer/periods";

export interface DateTick {
  period: string;
  labels: string[];
}

/** The distinct dates of the graph's dated relationships, in order, with what happened then. */
export function dateTicks(graph: GraphData): DateTick[] {
  const byPeriod = new Map<string, Set<string>>();
  for (const { data } of graph.edges) {
    if (!data.dateStart) continue;
    const labels = byPeriod.get(data.dateStart) ?? new Set<string>();
    if (data.summary) labels.add(data.summary);
    byPeriod.set(data.dateStart, labels);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) =>
      periodStart(a) < periodStart(b)
        ? -1
        : periodStart(a) > periodStart(b)
          ? 1
          : a.length - b.length,
    )
    .map(([period, labels]) => ({ period, labels: [...labels] }));
}
