import type { DateTick } from "@/lib/explorer/date-ticks";
import {
  columnCounts,
  LABEL_GAP_PX,
  labelsFit,
  labelWidth,
  timelineBins,
  type TimelineColumn,
} from "@/lib/explorer/timeline-bins";
import { brushWindow } from "@/lib/explorer/time-window";

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A dated period every `stepDays` days over `months` months from 2000-01 (as a large graph has). */
function denseTicks(months: number, stepDays = 3): DateTick[] {
  const start = Date.UTC(2000, 0, 1);
  const end = Date.UTC(2000, months, 0);
  const ticks: DateTick[] = [];
  for (let t = start; t <= end; t += stepDays * 86_400_000) {
    const day = iso(new Date(t));
    ticks.push({ start: day, end: day, labels: [`event ${day}`] });
    // Some claims are dated to a whole month, as sources often do.
    if (day.endsWith("-01")) {
      const monthEnd = iso(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)));
      ticks.push({ start: day, end: monthEnd, labels: [`month ${day}`] });
    }
  }
  return ticks.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** Every pair of labelled columns, centred in their columns, `width` px wide in all: no overlap. */
function overlaps(columns: readonly TimelineColumn[], width: number): number {
  const step = width / columns.length;
  const boxes = columns
    .map((column, index) => ({ column, centre: (index + 0.5) * step }))
    .filter(({ column }) => column.label !== null)
    .map(({ column, centre }) => {
      const half = (labelWidth(column) - LABEL_GAP_PX) / 2;
      return { left: centre - half, right: centre + half };
    });
  let count = 0;
  for (let i = 1; i < boxes.length; i++) if (boxes[i]!.left < boxes[i - 1]!.right) count += 1;
  return count;
}

const RANGES = [1, 2, 3, 6, 12, 18, 24, 36, 60, 120, 240, 360, 600]; // months: 1 month to 50 years
const WIDTHS = [280, 480, 800, 1200];

describe("the timeline strip's bins", () => {
  it.each(RANGES.flatMap((months) => WIDTHS.map((width) => [months, width] as const)))(
    "%i months at %i px: labels fit and never overlap, every period in one column",
    (months, width) => {
      const ticks = denseTicks(months);
      const bins = timelineBins(ticks, width);
      expect(labelsFit(bins.columns, width)).toBe(true);
      expect(overlaps(bins.columns, width)).toBe(0);
      const labelled = bins.columns.filter((column) => column.label !== null);
      expect(labelled.length).toBeGreaterThan(0);
      const smallest = Math.min(...labelled.map((column) => labelWidth(column)));
      expect(labelled.length * smallest).toBeLessThanOrEqual(width);
      // Every tick lies in exactly one column, in order, and the columns cover the range.
      const held = bins.columns.flatMap((column) =>
        column.ticks ? ticks.slice(column.ticks.first, column.ticks.last + 1) : [],
      );
      expect(held).toEqual(ticks);
      for (const column of bins.columns) {
        for (const tick of column.ticks
          ? ticks.slice(column.ticks.first, column.ticks.last + 1)
          : [])
          expect(tick.start >= column.start && tick.start <= column.end).toBe(true);
      }
      expect(bins.columns[0]!.start <= ticks[0]!.start).toBe(true);
      expect(bins.columns.at(-1)!.end >= ticks.at(-1)!.end).toBe(true);
    },
  );

  it.each([
    [1, 1200, "period", 1, 12],
    [1, 280, "month", 1, 1],
    [24, 800, "month", 1, 24],
    [36, 800, "quarter", 1, 12],
    [240, 800, "year", 1, 20],
    [360, 1200, "year", 1, 30],
    [360, 800, "year", 2, 30],
    [600, 1000, "year", 2, 50],
    [600, 800, "year", 5, 50],
    [600, 480, "year", 5, 50],
    [600, 280, "year", 10, 50],
  ] as const)(
    "%i months at %i px are binned by %s, labelled every %i, in %i columns",
    (months, width, unit, every, count) => {
      const bins = timelineBins(denseTicks(months), width);
      expect(bins).toMatchObject({ unit, labelEvery: every });
      expect(bins.columns).toHaveLength(count);
    },
  );

  it("labels quarters Q1–Q4 and months by name, with the year under each January", () => {
    const quarters = timelineBins(denseTicks(36), 800).columns;
    expect(quarters.slice(0, 5).map((c) => [c.label, c.year, c.start, c.end])).toEqual([
      ["Q1", "2000", "2000-01-01", "2000-03-31"],
      ["Q2", null, "2000-04-01", "2000-06-30"],
      ["Q3", null, "2000-07-01", "2000-09-30"],
      ["Q4", null, "2000-10-01", "2000-12-31"],
      ["Q1", "2001", "2001-01-01", "2001-03-31"],
    ]);
    const months = timelineBins(denseTicks(14), 800).columns;
    expect(months.map((c) => c.label).slice(0, 3)).toEqual(["Jan", "Feb", "Mar"]);
    expect(months[1]!.end).toBe("2000-02-29");
    expect(months.filter((c) => c.year !== null).map((c) => c.year)).toEqual(["2000", "2001"]);
  });

  it("keeps one column per dated period while their labels fit", () => {
    const few: DateTick[] = [
      { start: "2019-11-01", end: "2019-12-31", labels: ["a"] },
      { start: "2020-01-05", end: "2020-01-05", labels: ["b"] },
      { start: "2020-02-01", end: "2020-02-29", labels: ["c"] },
    ];
    const bins = timelineBins(few, 600);
    expect(bins.unit).toBe("period");
    expect(bins.columns.map((c) => c.label)).toEqual(["Nov–Dec", "5 Jan", "Feb"]);
    // Too narrow for those three side by side, wide enough for months (Nov 2019 to Feb 2020).
    expect(timelineBins(few, 122).columns.map((c) => c.label)).toEqual([
      "Nov",
      "Dec",
      "Jan",
      "Feb",
    ]);
    expect(timelineBins(few, 100).unit).toBe("quarter");
  });

  it("sums the counts of each column's periods and brushes a column's own days", () => {
    const ticks = denseTicks(36);
    const bins = timelineBins(ticks, 800);
    const counts = ticks.map(() => ({ influence: 1, hostility: 2 }));
    const sums = columnCounts(bins.columns, counts);
    const q2 = bins.columns[1]!.ticks!;
    expect(sums[1]).toEqual({
      influence: q2.last - q2.first + 1,
      hostility: 2 * (q2.last - q2.first + 1),
    });
    expect(sums.reduce((total, c) => total + c.influence, 0)).toBe(ticks.length);
    expect(brushWindow(bins.columns, 1, 2)).toEqual({
      from: "2000-04-01",
      to: "2000-09-30",
      undated: false,
    });
    expect(brushWindow(bins.columns, 0, bins.columns.length - 1)).toEqual({
      from: null,
      to: null,
      undated: false,
    });
  });
});
