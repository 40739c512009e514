import { applyFilters } from "@/lib/explorer/apply-filters";
import type { GraphData } from "@/lib/explorer/graph-types";
import {
  addPathToGraph,
  CLOSED_PATHS,
  openPaths,
  pathElementIds,
  pathQuery,
  pathSign,
  pathsUrl,
} from "@/lib/explorer/path-view";
import { DEFAULT_VIEW, parseViewState, serializeViewState } from "@/lib/explorer/view-state";
import { edge, node, pathThrough } from "@/tests/support/explorer-fixtures";

const asked = { ...DEFAULT_VIEW, tool: "paths" as const, pathFrom: "iran", pathTo: "us-forces" };

describe("the path query", () => {
  it("is asked once the tool is open with two different actors", () => {
    expect(pathQuery(asked)).toEqual({
      from: "iran",
      to: "us-forces",
      k: 3,
      maxHops: 4,
      families: ["influence", "hostility"],
      directed: false,
    });
  });

  it.each([
    ["the tool is closed", { tool: null }],
    ["no start", { pathFrom: null }],
    ["no end", { pathTo: null }],
    ["both ends the same", { pathTo: "iran" }],
    ["no family", { pathFamilies: [] }],
  ])("is not asked when %s", (_why, patch) => {
    expect(pathQuery({ ...asked, ...patch })).toBeNull();
  });

  it("becomes the /api/paths URL with every option", () => {
    const query = pathQuery({
      ...asked,
      pathK: 5,
      pathMaxHops: 6,
      pathFamilies: ["hostility"],
      pathDirected: true,
    })!;
    const url = new URL(pathsUrl(query), "http://x");
    expect(url.pathname).toBe("/api/paths");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: "iran",
      to: "us-forces",
      k: "5",
      maxHops: "6",
      families: "hostility",
      directed: "true",
    });
  });

  it("opens from the selected actor, else the focus, keeping a start already chosen", () => {
    const selected = {
      ...DEFAULT_VIEW,
      focus: "iraq",
      selection: { type: "node" as const, id: "iran" },
    };
    expect(openPaths(selected)).toMatchObject({ tool: "paths", pathFrom: "iran", selection: null });
    expect(openPaths({ ...selected, selection: { type: "edge", id: "x" } }).pathFrom).toBe("iraq");
    expect(openPaths({ ...selected, pathFrom: "us" }).pathFrom).toBe("us");
    expect(openPaths(DEFAULT_VIEW).pathFrom).toBeNull();
  });

  it("closing forgets the question, leaving a plain URL", () => {
    const open = { ...asked, pathK: 7, pathDirected: true, pathIndex: 2, focus: "iraq" };
    expect(serializeViewState({ ...open, ...CLOSED_PATHS }).toString()).toBe("focus=iraq");
  });

  it("round-trips through the URL, path index 1-based there", () => {
    const state = {
      ...asked,
      pathK: 5,
      pathMaxHops: 2,
      pathFamilies: ["hostility" as const],
      pathDirected: true,
      pathIndex: 1,
    };
    const params = serializeViewState(state);
    expect(params.get("path")).toBe("2");
    expect(parseViewState(params)).toEqual(state);
  });
});

describe("a path on the graph", () => {
  const path = pathThrough(["a", "b", "c"], [false, true]);

  it("is known to Cytoscape by its actors and one relationship per hop", () => {
    expect(pathElementIds(path)).toEqual({ nodes: ["a", "b", "c"], edges: ["a-b", "b-c"] });
  });

  it("has the sign of the product of its hops", () => {
    expect(pathSign(path)).toBe("−");
    expect(pathSign(pathThrough(["a", "b", "c"], [true, true]))).toBe("+");
    expect(pathSign(pathThrough(["a", "b"]))).toBe("+");
  });

  const view: GraphData = {
    nodes: [node("a"), node("x")],
    edges: [edge("a-x", "a", "x", "influence")],
    truncated: false,
  };
  const whole: GraphData = {
    nodes: [node("a"), node("b", "state", 7), node("x")],
    edges: [edge("a-b", "a", "b", "influence", 3), edge("a-x", "a", "x", "influence")],
    truncated: false,
  };

  it("adds the actors and hops the view lacks, from the whole graph when it has them", () => {
    const merged = addPathToGraph(view, whole, path);
    expect(merged.nodes.map(({ data }) => data.id)).toEqual(["a", "x", "b", "c"]);
    expect(merged.edges.map(({ data }) => data.id)).toEqual(["a-x", "a-b", "b-c"]);
    // b comes from the whole graph with its real counts; c and b-c are built from the path.
    expect(merged.nodes[2]).toBe(whole.nodes[1]);
    expect(merged.nodes[3]?.data).toMatchObject({ id: "c", label: "C", kind: "state", degree: 0 });
    expect(merged.edges[2]?.data).toMatchObject({
      source: "b",
      target: "c",
      family: "hostility",
      kind: "attacks",
      weight: 2,
      citationCount: 1,
    });
  });

  it("leaves the view untouched without a path or when it holds the path already", () => {
    expect(addPathToGraph(view, whole, null)).toBe(view);
    const full = addPathToGraph(view, whole, path);
    expect(addPathToGraph(full, whole, path)).toBe(full);
  });

  it("stays visible whatever the filters hide", () => {
    const graph = addPathToGraph(view, whole, path);
    const hostilityOnly = {
      ...DEFAULT_VIEW,
      families: ["hostility" as const],
      kinds: ["state" as const],
    };
    const without = applyFilters(graph, hostilityOnly, null);
    expect(without.hidden.has("a-b")).toBe(true);
    expect(without.hidden.has("a")).toBe(true);
    const ids = pathElementIds(path);
    const keep = new Set([...ids.nodes, ...ids.edges]);
    const kept = applyFilters(graph, hostilityOnly, null, keep);
    for (const id of keep) expect(kept.hidden.has(id)).toBe(false);
    expect(kept.hidden.has("a-x")).toBe(true);
    expect(kept.hidden.has("x")).toBe(true);
    expect(kept.edges).toEqual({ shown: 2, hidden: 1 });
  });
});
