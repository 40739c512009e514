import type { DateTick } from "@/lib/explorer/date-ticks";
import { tickLabels, type PeriodCount } from "@/lib/explorer/time-window";
import { MONTH_ABBREVIATIONS } from "@/lib/domain/periods";

/**
 * One column per dated period while their labels fit the strip; else calendar bins: months,
 * quarters or years, the finest whose labels fit, and past 1 label per year only every
 * `labelEvery`-th year is labelled.
 */
export type BinUnit = "period" | "month" | "quarter" | "year";

export interface TimelineColumn {
  /** First and last day, "YYYY-MM-DD". */
  start: string;
  end: string;
  /** Null when this column goes unlabelled (a year between labelled ones). */
  label: string | null;
  /** The year under the label: on the first column of each year, for labels without one. */
  year: string | null;
  /** The ticks (dated periods) that start in this column: indices `first`..`last`, or none. */
  ticks: { first: number; last: number } | null;
}

export interface TimelineBins {
  unit: BinUnit;
  labelEvery: number;
  columns: TimelineColumn[];
}

/** A text's width in CSS pixels at the strip's label font. */
export type MeasureText = (text: string) => number;

/** Without a browser to measure in: about 7 px a character at the strip's 0.7rem font. */
export const LABEL_CHAR_PX = 7;
export const estimateText: MeasureText = (text) => text.length * LABEL_CHAR_PX;
/** Room kept clear between two neighbouring labels. */
export const LABEL_GAP_PX = 6;

export const labelWidth = (
  column: Pick<TimelineColumn, "label" | "year">,
  measure: MeasureText = estimateText,
) =>
  column.label === null
    ? 0
    : Math.max(measure(column.label), measure(column.year ?? "")) + LABEL_GAP_PX;

/**
 * True when no two labels overlap in `width` pixels: neighbouring labelled columns, centred in
 * their columns, are at least half of each label's width apart.
 */
export function labelsFit(
  columns: readonly TimelineColumn[],
  width: number,
  measure: MeasureText = estimateText,
): boolean {
  const columnWidth = width / Math.max(1, columns.length);
  let previous: { index: number; width: number } | null = null;
  for (const [index, column] of columns.entries()) {
    if (column.label === null) continue;
    const own = labelWidth(column, measure);
    if (own > width) return false;
    if (previous && (index - previous.index) * columnWidth < (own + previous.width) / 2) {
      return false;
    }
    previous = { index, width: own };
  }
  return true;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000];
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The strip's columns for `ticks` drawn `width` pixels wide (see BinUnit). */
export function timelineBins(
  ticks: readonly DateTick[],
  width: number,
  measure: MeasureText = estimateText,
): TimelineBins {
  if (ticks.length === 0) return { unit: "period", labelEvery: 1, columns: [] };
  const labels = tickLabels(ticks);
  const periods = ticks.map((tick, index) => ({
    start: tick.start,
    end: tick.end,
    label: labels[index]?.label ?? "",
    year: labels[index]?.year ?? null,
    ticks: { first: index, last: index },
  }));
  if (labelsFit(periods, width, measure))
    return { unit: "period", labelEvery: 1, columns: periods };

  const first = ticks[0]!.start;
  const last = ticks.reduce((latest, tick) => (tick.end > latest ? tick.end : latest), first);
  for (const unit of ["month", "quarter"] as const) {
    const columns = calendarColumns(ticks, first, last, unit === "month" ? 1 : 3, 1);
    if (labelsFit(columns, width, measure)) return { unit, labelEvery: 1, columns };
  }
  let columns: TimelineColumn[] = [];
  for (const every of YEAR_STEPS) {
    columns = calendarColumns(ticks, first, last, 12, every);
    if (labelsFit(columns, width, measure)) return { unit: "year", labelEvery: every, columns };
  }
  return { unit: "year", labelEvery: YEAR_STEPS[YEAR_STEPS.length - 1]!, columns };
}

/** Calendar bins of `months` months from `first`'s to `last`'s, each holding the ticks that start in it. */
function calendarColumns(
  ticks: readonly DateTick[],
  first: string,
  last: string,
  months: 1 | 3 | 12,
  labelEvery: number,
): TimelineColumn[] {
  const [startYear = 0, startMonth = 1] = first.split("-").map(Number);
  const [endYear = 0, endMonth = 1] = last.split("-").map(Number);
  // Bins start on a multiple of their length: January for years, a quarter's first month.
  let year = startYear;
  let month = months === 1 ? startMonth : Math.floor((startMonth - 1) / months) * months + 1;
  const columns: TimelineColumn[] = [];
  let next = 0;
  while (year < endYear || (year === endYear && month <= endMonth)) {
    const closing = month + months - 1;
    const start = `${year}-${pad(month)}-01`;
    const end = `${year}-${pad(closing)}-${pad(lastDay(year, closing))}`;
    const firstTick = next;
    while (next < ticks.length && ticks[next]!.start <= end) next += 1;
    const label =
      months === 12
        ? year % labelEvery === 0
          ? String(year)
          : null
        : months === 3
          ? `Q${(month + 2) / 3}`
          : (MONTH_ABBREVIATIONS[month - 1] ?? "");
    columns.push({
      start,
      end,
      label,
      year: months !== 12 && (month === 1 || columns.length === 0) ? String(year) : null,
      ticks: next > firstTick ? { first: firstTick, last: next - 1 } : null,
    });
    month += months;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return columns;
}

/** Each column's relationships: the sum of its ticks' counts. */
export function columnCounts(
  columns: readonly TimelineColumn[],
  counts: readonly PeriodCount[],
): PeriodCount[] {
  return columns.map(({ ticks }) => {
    const sum = { influence: 0, hostility: 0 };
    for (let i = ticks?.first ?? 0; ticks && i <= ticks.last; i++) {
      sum.influence += counts[i]?.influence ?? 0;
      sum.hostility += counts[i]?.hostility ?? 0;
    }
    return sum;
  });
}
