import type { GraphData } from "@/lib/explorer/graph-types";

/** One dated event of the article: a period (first and last day) and what happened in it. */
export interface DateTick {
  start: string;
  end: string;
  labels: string[];
}

/** The distinct dated periods of the graph's relationships, in order. */
export function dateTicks(graph: GraphData): DateTick[] {
  const byPeriod = new Map<string, DateTick>();
  for (const { data } of graph.edges) {
    if (!data.dateStart) continue;
    const end = data.dateEnd ?? data.dateStart;
    const key = `${data.dateStart}/${end}`;
    const tick = byPeriod.get(key) ?? { start: data.dateStart, end, labels: [] };
    if (!tick.labels.includes(data.summary)) tick.labels.push(data.summary);
    byPeriod.set(key, tick);
  }
  return [...byPeriod.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
}
