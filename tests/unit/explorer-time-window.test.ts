import { dateTicks } from "@/lib/explorer/date-ticks";
import type { GraphData } from "@/lib/explorer/graph-types";
import {
  brushWindow,
  CLEAR_WINDOW,
  monthWindow,
  periodCounts,
  tickInWindow,
  tickLabels,
  tickWindow,
  windowRange,
} from "@/lib/explorer/time-window";
import { DEFAULT_VIEW } from "@/lib/explorer/view-state";
import { edge, node } from "@/tests/support/explorer-fixtures";

// Periods as the seed dates them: months, days, and one span of two months.
const graph: GraphData = {
  nodes: ["a", "b", "c"].map((id) => node(id)),
  edges: [
    edge("span", "a", "b", "hostility", 1, ["2019-11-01", "2019-12-31"]),
    edge("jan1", "a", "b", "hostility", 2, ["2020-01-01", "2020-01-31"]),
    edge("jan2", "b", "c", "influence", 3, ["2020-01-01", "2020-01-31"]),
    edge("jan5", "a", "c", "influence", 1, ["2020-01-05", "2020-01-05"]),
    edge("jan24", "c", "a", "hostility", 3, ["2020-01-24", "2020-01-24"]),
    edge("feb", "b", "a", "influence", 2, ["2020-02-01", "2020-02-29"]),
    edge("feb15", "c", "b", "hostility", 1, ["2020-02-15", "2020-02-15"]),
    edge("undated", "a", "b", "influence", 1),
    edge("member", "a", "c", "membership", null),
  ],
  truncated: false,
};
const ticks = dateTicks(graph);

describe("the time window in steps over the dated periods", () => {
  it("has one tick per period, in order", () => {
    expect(ticks.map((tick) => `${tick.start}/${tick.end}`)).toEqual([
      "2019-11-01/2019-12-31",
      "2020-01-01/2020-01-31",
      "2020-01-05/2020-01-05",
      "2020-01-24/2020-01-24",
      "2020-02-01/2020-02-29",
      "2020-02-15/2020-02-15",
    ]);
  });

  it("leaves an end at the first or last tick open", () => {
    expect(windowRange(ticks, 0, 5)).toEqual({ from: null, to: null });
    expect(windowRange(ticks, 2, 3)).toEqual({ from: "2020-01-05", to: "2020-01-24" });
    expect(windowRange(ticks, 3, 2)).toEqual({ from: "2020-01-05", to: "2020-01-24" });
    expect(windowRange(ticks, 0, 2)).toEqual({ from: null, to: "2020-01-05" });
  });

  it("brushing any run of ticks reads back as the same ticks", () => {
    for (let a = 0; a < ticks.length; a += 1) {
      for (let b = a; b < ticks.length; b += 1) {
        const { from, to } = windowRange(ticks, a, b);
        const back = tickWindow(ticks, from, to);
        expect(back.fromIndex).toBe(a);
        // A window ending with a month also holds that month's days: the sliders show them.
        const last = ticks[b]!;
        const held = ticks.findLastIndex((tick) => tick.end <= last.end);
        expect(back.toIndex).toBe(Math.max(b, held));
      }
    }
  });

  it("reads month and year periods in a hand-written URL", () => {
    expect(tickWindow(ticks, "2020-01", "2020-01")).toEqual({ fromIndex: 1, toIndex: 3 });
    expect(tickWindow(ticks, "2020", null)).toEqual({ fromIndex: 1, toIndex: 5 });
    expect(tickWindow(ticks, null, null)).toEqual({ fromIndex: 0, toIndex: 5 });
  });

  it("a brush hides undated relationships, clearing it brings them back", () => {
    expect(brushWindow(ticks, 4, 2)).toEqual({
      from: "2020-01-05",
      to: "2020-02-29",
      undated: false,
    });
    expect(CLEAR_WINDOW).toEqual({ from: null, to: null, undated: true });
  });

  it("a period is in the window when it overlaps it, as the filter decides", () => {
    const inside = ticks.map((tick) => tickInWindow(tick, "2020-01-05", "2020-01-24"));
    expect(inside).toEqual([false, true, true, true, false, false]);
    expect(ticks.every((tick) => tickInWindow(tick, null, null))).toBe(true);
  });
});

describe("the strip's bars", () => {
  it("count each dated relationship once, in its own period, by family", () => {
    expect(periodCounts(ticks, graph, DEFAULT_VIEW)).toEqual([
      { influence: 0, hostility: 1 },
      { influence: 1, hostility: 1 },
      { influence: 1, hostility: 0 },
      { influence: 0, hostility: 1 },
      { influence: 1, hostility: 0 },
      { influence: 0, hostility: 1 },
    ]);
  });

  it("follow the other filters", () => {
    const strong = periodCounts(ticks, graph, { ...DEFAULT_VIEW, minWeight: 3 });
    expect(strong.map((c) => c.influence + c.hostility)).toEqual([0, 1, 0, 1, 0, 0]);
    const hostility = periodCounts(ticks, graph, { ...DEFAULT_VIEW, families: ["hostility"] });
    expect(hostility.every((c) => c.influence === 0)).toBe(true);
  });

  it("are labelled briefly, the year under the first period of each year", () => {
    expect(tickLabels(ticks)).toEqual([
      { label: "Nov–Dec", year: "2019" },
      { label: "Jan", year: "2020" },
      { label: "5 Jan", year: null },
      { label: "24 Jan", year: null },
      { label: "Feb", year: null },
      { label: "15 Feb", year: null },
    ]);
    expect(
      tickLabels([
        { start: "2021-01-01", end: "2021-12-31", labels: [] },
        { start: "2021-03-30", end: "2021-04-02", labels: [] },
      ]),
    ).toEqual([
      { label: "2021", year: null },
      { label: "30 Mar–2 Apr", year: null },
    ]);
  });
});

describe("links into the explorer", () => {
  it("a month becomes its first-to-last-day window, undated relationships hidden", () => {
    expect(monthWindow("2020-02")).toEqual({
      from: "2020-02-01",
      to: "2020-02-29",
      undated: false,
    });
    expect(monthWindow("2019-11")).toEqual({
      from: "2019-11-01",
      to: "2019-11-30",
      undated: false,
    });
  });
});
