import { edgePasses, type Filters } from "@/lib/explorer/apply-filters";
import type { DateTick } from "@/lib/explorer/date-ticks";
import type { GraphData } from "@/lib/explorer/graph-types";
import { MONTH_ABBREVIATIONS, periodEnd, periodStart } from "@/lib/domain/periods";

/**
 * The time window as steps over the dated periods (the ticks): the date sliders and the timeline
 * strip both move in these steps, so whichever the user touches, the other shows the same window.
 */
/** What a window is stepped over: the ticks, or the timeline strip's columns (timeline-bins.ts). */
type Period = Pick<DateTick, "start" | "end">;

export interface TickWindow {
  fromIndex: number;
  toIndex: number;
}

export function tickWindow(
  ticks: readonly Period[],
  from: string | null,
  to: string | null,
): TickWindow {
  const last = Math.max(0, ticks.length - 1);
  let fromIndex = 0;
  if (from) {
    const start = periodStart(from);
    const index = ticks.findIndex((tick) => tick.start >= start);
    fromIndex = index < 0 ? last : index;
  }
  let toIndex = last;
  if (to) {
    const end = periodEnd(to);
    toIndex = Math.max(
      0,
      ticks.findLastIndex((tick) => tick.end <= end),
    );
  }
  return { fromIndex, toIndex: Math.max(fromIndex, toIndex) };
}

/**
 * The from/to of the window running from tick `a` to tick `b` (either order). An end at the first
 * or last tick is left open (null), as the sliders have always done.
 */
export function windowRange(
  ticks: readonly Period[],
  a: number,
  b: number,
): { from: string | null; to: string | null } {
  const last = ticks.length - 1;
  const low = Math.max(0, Math.min(a, b));
  const high = Math.min(last, Math.max(a, b));
  return {
    from: low <= 0 ? null : (ticks[low]?.start ?? null),
    to: high >= last ? null : (ticks[high]?.end ?? null),
  };
}

/**
 * What brushing ticks `a`..`b` on the timeline does to the view: the window, and undated
 * relationships hidden — a window asks what happened then, and an undated tie cannot answer.
 */
export function brushWindow(
  ticks: readonly Period[],
  a: number,
  b: number,
): { from: string | null; to: string | null; undated: boolean } {
  return { ...windowRange(ticks, a, b), undated: false };
}

/** The patch that clears a brushed window: every date, undated relationships again. */
export const CLEAR_WINDOW = { from: null, to: null, undated: true } as const;

/** True when the tick's period overlaps the window, i.e. its relationships pass the date filter. */
export function tickInWindow(tick: Period, from: string | null, to: string | null): boolean {
  if (to && tick.start > periodEnd(to)) return false;
  if (from && tick.end < periodStart(from)) return false;
  return true;
}

export interface PeriodCount {
  influence: number;
  hostility: number;
}

/**
 * How many of the graph's relationships are dated exactly to each tick's period, by family, among
 * those the other filters (families, strength) let through: the bars of the timeline strip.
 */
export function periodCounts(
  ticks: readonly DateTick[],
  graph: GraphData,
  filters: Pick<Filters, "families" | "kinds" | "minWeight">,
): PeriodCount[] {
  const index = new Map(ticks.map((tick, i) => [`${tick.start}/${tick.end}`, i]));
  const counts = ticks.map(() => ({ influence: 0, hostility: 0 }));
  const undatedFilters = { ...filters, from: null, to: null, undated: true };
  for (const { data } of graph.edges) {
    if (!data.dateStart || data.family === "membership") continue;
    if (!edgePasses(data, undatedFilters)) continue;
    const i = index.get(`${data.dateStart}/${data.dateEnd ?? data.dateStart}`);
    const count = i === undefined ? undefined : counts[i];
    if (count) count[data.family] += 1;
  }
  return counts;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Short labels for the timeline's columns — "5 Jan", "Jan", "Nov–Dec", "2020" — with the year
 * written under the first column of each year only, so narrow columns stay readable.
 */
export function tickLabels(ticks: readonly DateTick[]): { label: string; year: string | null }[] {
  let previousYear = "";
  return ticks.map((tick) => {
    const [sy = 0, sm = 1, sd = 1] = tick.start.split("-").map(Number);
    const [ey = 0, em = 1, ed = 1] = tick.end.split("-").map(Number);
    const wholeMonths = sd === 1 && ed === lastDay(ey, em);
    let label: string;
    if (tick.start === tick.end) label = `${sd} ${MONTH_ABBREVIATIONS[sm - 1]}`;
    else if (wholeMonths && sy === ey && sm === 1 && em === 12) label = String(sy);
    else if (wholeMonths && sy === ey && sm === em) label = MONTH_ABBREVIATIONS[sm - 1] ?? "";
    else if (wholeMonths && sy === ey)
      label = `${MONTH_ABBREVIATIONS[sm - 1]}–${MONTH_ABBREVIATIONS[em - 1]}`;
    else label = `${sd} ${MONTH_ABBREVIATIONS[sm - 1]}–${ed} ${MONTH_ABBREVIATIONS[em - 1]}`;
    const year = String(sy);
    const showYear = year !== previousYear && !/^\d{4}$/.test(label);
    previousYear = year;
    return { label, year: showYear ? year : null };
  });
}

/** The explorer showing what is dated within one month ("YYYY-MM"), for links from elsewhere. */
export function monthWindow(month: string): { from: string; to: string; undated: false } {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  const last = String(lastDay(year, monthNumber)).padStart(2, "0");
  return { from: `${month}-01`, to: `${month}-${last}`, undated: false };
}
