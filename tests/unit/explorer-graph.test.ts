import { applyFilters } from "@/lib/explorer/apply-filters";
import { dateTicks } from "@/lib/explorer/date-ticks";
import { expandGraph } from "@/lib/explorer/expand";
import type { GraphData } from "@/lib/explorer/graph-types";
import { DEFAULT_VIEW } from "@/lib/explorer/view-state";
import { edge, node } from "@/tests/support/explorer-fixtures";
import { formatRange } from "@/lib/domain/periods";

const graph: GraphData = {
  nodes: [node("a"), node("b", "state"), node("c", "military"), node("d")],
  edges: [
    edge("ab", "a", "b", "influence", 3, ["2020-01-01", "2020-01-31"]),
    edge("bc", "b", "c", "hostility", 1, ["2020-02-05", "2020-02-05"]),
    edge("ca", "c", "a", "hostility", 2),
    edge("dm", "d", "b", "membership", null),
  ],
  truncated: false,
};

const filters = { ...DEFAULT_VIEW };

describe("applyFilters", () => {
  it("hides nothing by default", () => {
    const result = applyFilters(graph, filters, null);
    expect(result.hidden.size).toBe(0);
    expect(result.edges).toEqual({ shown: 4, hidden: 0 });
  });

  it("hostility only keeps the hostility edges and drops actors left without any", () => {
    const result = applyFilters(graph, { ...filters, families: ["hostility"] }, null);
    expect([...result.hidden].sort()).toEqual(["ab", "d", "dm"]);
    expect(result.edges).toEqual({ shown: 2, hidden: 2 });
    expect(result.nodes).toEqual({ shown: 3, hidden: 1 });
  });

  it("an actor in no relationship yet shows until a relationship filter is set, like the API", () => {
    const withNew: GraphData = { ...graph, nodes: [...graph.nodes, node("new")] };
    expect(applyFilters(withNew, filters, null).hidden.has("new")).toBe(false);
    expect(
      applyFilters(withNew, { ...filters, families: ["hostility"] }, null).hidden.has("new"),
    ).toBe(true);
    expect(applyFilters(withNew, { ...filters, minWeight: 2 }, null).hidden.has("new")).toBe(true);
    expect(applyFilters(withNew, { ...filters, minWeight: 2 }, "new").hidden.has("new")).toBe(
      false,
    );
  });

  it("the focused actor stays even when all its links are hidden", () => {
    const result = applyFilters(graph, { ...filters, families: ["influence"] }, "d");
    expect(result.hidden.has("d")).toBe(false);
    expect(result.hidden.has("c")).toBe(true);
  });

  it("an actor kind filter hides the actors and their links", () => {
    const result = applyFilters(graph, { ...filters, kinds: ["person", "military"] }, null);
    expect(result.hidden.has("b")).toBe(true);
    expect(result.hidden.has("ab")).toBe(true);
    expect(result.hidden.has("dm")).toBe(true);
    expect(result.hidden.has("ca")).toBe(false);
  });

  it("minimum weight leaves memberships alone", () => {
    const result = applyFilters(graph, { ...filters, minWeight: 2 }, null);
    expect([...result.hidden].filter((id) => id.length === 2).sort()).toEqual(["bc"]);
  });

  it.each([
    [{ from: "2020-02-01" }, ["ab"]],
    [{ to: "2020-01-15" }, ["bc"]],
    [{ from: "2020-01-20", to: "2020-02-01" }, ["bc"]],
    [{ undated: false }, ["ca"]],
  ])("dates %j hide %j", (range, hiddenEdges) => {
    const result = applyFilters(graph, { ...filters, ...range }, null);
    expect([...result.hidden].filter((id) => id.length === 2 && id !== "dm").sort()).toEqual(
      hiddenEdges,
    );
  });
});

describe("expandGraph", () => {
  const current: GraphData = { nodes: [node("a")], edges: [], truncated: false };
  const neighbourhood: GraphData = {
    nodes: [node("a"), node("b"), node("c"), node("d")],
    edges: [
      edge("ab", "a", "b", "influence", 1),
      edge("ca", "c", "a", "hostility", 3),
      edge("ad", "a", "d", "influence", 2),
      edge("bc", "b", "c", "influence", 2),
    ],
    truncated: false,
  };

  it("adds the strongest neighbours first and counts the rest", () => {
    const { graph: expanded, remaining } = expandGraph(current, neighbourhood, "a", 2);
    expect(expanded.nodes.map(({ data }) => data.id)).toEqual(["a", "c", "d"]);
    expect(expanded.edges.map(({ data }) => data.id)).toEqual(["ca", "ad"]);
    expect(remaining).toBe(1);
  });

  it("adds everything without a limit, with the links among the newcomers", () => {
    const { graph: expanded, remaining } = expandGraph(current, neighbourhood, "a", null);
    expect(expanded.nodes).toHaveLength(4);
    expect(expanded.edges).toHaveLength(4);
    expect(remaining).toBe(0);
  });
});

describe("dates", () => {
  it("ticks are the distinct dated periods in order", () => {
    expect(dateTicks(graph).map((tick) => [tick.start, tick.end])).toEqual([
      ["2020-01-01", "2020-01-31"],
      ["2020-02-05", "2020-02-05"],
    ]);
  });

  it.each([
    ["2020-01-05", "2020-01-05", "5 Jan 2020"],
    ["2020-01-01", "2020-01-31", "Jan 2020"],
    ["2020-02-01", "2020-02-29", "Feb 2020"],
    ["2019-01-01", "2019-12-31", "2019"],
    ["2019-11-01", "2019-12-31", "Nov 2019 – Dec 2019"],
    ["2003-01-01", "2006-12-31", "2003–2006"],
    ["2019-11-05", "2019-12-31", "5 Nov 2019 – 31 Dec 2019"],
  ])("%s to %s reads %s", (start, end, text) => {
    expect(formatRange(start, end)).toBe(text);
  });
});
