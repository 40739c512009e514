import {
  communityGroups,
  communitySlot,
  formatMetric,
  MAX_SIZE,
  metricValues,
  MIN_SIZE,
  nodeSizes,
  scaledSize,
  SIZE_METRICS,
  sizeLegend,
  UNIFORM_SIZE,
} from "@/lib/explorer/encoding";
import type { GraphData } from "@/lib/explorer/graph-types";
import { nodeSize } from "@/lib/explorer/influence";
import { node, ranking } from "@/tests/support/explorer-fixtures";

const graph: GraphData = {
  nodes: [node("a", "person", 4), node("b", "state", 0), node("c", "military", 9), node("d")],
  edges: [],
  truncated: false,
};

// d is loaded but missing from the rankings; e is ranked but not loaded (it sets the maximum).
const rankings = [
  ranking("a", { betweenness: 10, pageRank: 0.2, community: 1, influenceGivenWeight: 4 }),
  ranking("b", { betweenness: 0, pageRank: 0.1, community: 1, influenceReceivedWeight: 6 }),
  ranking("c", { betweenness: 2.5, pageRank: 0.3, community: 2, hostilityReceivedWeight: 3 }),
  ranking("e", { betweenness: 40, pageRank: 0.4, community: null }),
];

describe("node sizes from a metric", () => {
  it("keeps the explorer's original influence sizes by default", () => {
    const sizes = nodeSizes("influenceGiven", graph, null);
    expect([...sizes]).toEqual([
      ["a", nodeSize(4)],
      ["b", nodeSize(0)],
      ["c", nodeSize(9)],
      ["d", nodeSize(0)],
    ]);
  });

  it("draws every actor the same size for none", () => {
    expect(new Set(nodeSizes("none", graph, rankings).values())).toEqual(new Set([UNIFORM_SIZE]));
  });

  it("scales area with betweenness over all ranked actors, not just the loaded ones", () => {
    const sizes = nodeSizes("betweenness", graph, rankings);
    // e (40) is the maximum although it is not loaded: a = 10 is a quarter, so half the range.
    expect(sizes.get("a")).toBe(scaledSize(10, 40));
    expect(sizes.get("a")).toBe(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 2);
    expect(sizes.get("b")).toBe(MIN_SIZE);
    expect(sizes.get("d")).toBe(MIN_SIZE);
    expect(sizes.get("c")).toBeGreaterThan(MIN_SIZE);
    expect(sizes.get("c")).toBeLessThan(sizes.get("a")!);
  });

  it("orders sizes as the metric orders actors, for every metric", () => {
    for (const metric of SIZE_METRICS) {
      const values = metricValues(metric, graph, rankings)!;
      const sizes = nodeSizes(metric, graph, rankings);
      for (const x of ["a", "b", "c"]) {
        for (const y of ["a", "b", "c"]) {
          const vx = values.get(x) ?? 0;
          const vy = values.get(y) ?? 0;
          if (vx > vy) expect(sizes.get(x)!).toBeGreaterThan(sizes.get(y)!);
          if (vx === vy) expect(sizes.get(x)).toBe(sizes.get(y));
        }
      }
    }
  });

  it("falls back to the default sizes while the rankings load", () => {
    expect(metricValues("pageRank", graph, null)).toBeNull();
    expect(nodeSizes("pageRank", graph, null)).toEqual(nodeSizes("influenceGiven", graph, null));
  });

  it("reads the ranking field each metric names", () => {
    expect(metricValues("influenceReceived", graph, rankings)?.get("b")).toBe(6);
    expect(metricValues("hostilityReceived", graph, rankings)?.get("c")).toBe(3);
    expect(metricValues("pageRank", graph, rankings)?.get("e")).toBe(0.4);
  });

  it("keeps sizes within bounds whatever the values", () => {
    expect(scaledSize(0, 0)).toBe(MIN_SIZE);
    expect(scaledSize(-3, 10)).toBe(MIN_SIZE);
    expect(scaledSize(10, 10)).toBe(MAX_SIZE);
    expect(scaledSize(50, 10)).toBe(MAX_SIZE);
  });
});

describe("the legend", () => {
  it("names the largest actors of a ranking metric, biggest first", () => {
    const legend = sizeLegend("betweenness", rankings, 2);
    expect(legend.label).toMatch(/Betweenness/);
    expect(legend.top.map((actor) => [actor.id, actor.value])).toEqual([
      ["e", 40],
      ["a", 10],
    ]);
    expect(legend.top[0]?.size).toBe(MAX_SIZE);
  });

  it("lists no examples for metrics outside the rankings", () => {
    expect(sizeLegend("influenceGiven", rankings).top).toEqual([]);
    expect(sizeLegend("betweenness", null).top).toEqual([]);
  });

  it("groups actors by community, numbered first, strongest influence first", () => {
    expect(communityGroups(rankings)).toEqual([
      {
        community: 1,
        members: [
          { id: "b", name: "B" },
          { id: "a", name: "A" },
        ],
      },
      { community: 2, members: [{ id: "c", name: "C" }] },
      { community: null, members: [{ id: "e", name: "E" }] },
    ]);
  });

  it("wraps community colours round the palette; no community has none", () => {
    expect([1, 2, 3, 4, 7].map((c) => communitySlot(c, 3))).toEqual([0, 1, 2, 0, 0]);
    expect(communitySlot(null, 3)).toBe(-1);
    expect(communitySlot(undefined, 3)).toBe(-1);
  });

  it("writes values as a researcher reads them", () => {
    expect(formatMetric("pageRank", 0.08799)).toBe("0.088");
    expect(formatMetric("betweenness", 232.414)).toBe("232.4");
    expect(formatMetric("influenceReceived", 7)).toBe("7");
  });
});
