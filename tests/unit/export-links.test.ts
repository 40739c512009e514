import { exportHref, pathsExportHref, viewGraphParams } from "@/lib/explorer/export-links";
import { DEFAULT_VIEW, parseViewState, viewStateIssues } from "@/lib/explorer/view-state";

const view = (query: string) => parseViewState(new URLSearchParams(query));

describe("export links from the explorer's view", () => {
  it("carry the focus, depth and filters, and nothing that only shapes the screen", () => {
    const state = view(
      "focus=iran&depth=2&families=influence&kinds=state,person&minWeight=2&from=2020-01&to=2020-02" +
        "&layout=concentric&sel=n:iran&expand=pmu&pos=iran_1_2&view=list",
    );
    expect(Object.fromEntries(viewGraphParams(state))).toEqual({
      focus: "iran",
      depth: "2",
      families: "influence",
      kinds: "state,person",
      minWeight: "2",
      from: "2020-01",
      to: "2020-02",
      undated: "true",
    });
  });

  it("leave out what the defaults already say, and undated when the view hides it", () => {
    expect(viewGraphParams(DEFAULT_VIEW).toString()).toBe("");
    expect(viewGraphParams(view("from=2020&undated=0")).toString()).toBe("from=2020");
  });

  it("build /api/export URLs for a view and for paths", () => {
    expect(exportHref(view("focus=iran"), "csv", "nodes")).toBe(
      "/api/export?format=csv&table=nodes&focus=iran&depth=1",
    );
    const paths = new URLSearchParams({ from: "iran", to: "pmu", k: "3" });
    expect(pathsExportHref(paths, "markdown")).toBe(
      "/api/export?format=markdown&analysis=paths&from=iran&to=pmu&k=3",
    );
  });
});

describe("viewStateIssues", () => {
  it("accepts every parameter the explorer writes", () => {
    const query =
      "focus=iran&depth=2&families=influence&kinds=state&minWeight=2&from=2020&to=2020-02" +
      "&undated=0&layout=concentric&sel=e:iran-backs-pmu&expand=pmu*&pos=iran_1_-2&view=list" +
      "&read=doc|doc:1-2";
    expect(viewStateIssues(new URLSearchParams(query))).toEqual([]);
  });

  it.each([
    ["bogus=1", '"bogus" is not a view parameter'],
    ["depth=7", '"depth" has a value the explorer cannot use'],
    ["families=influence,friendship", '"families" has a value the explorer cannot use'],
    ["layout=circle", '"layout" has a value the explorer cannot use'],
    ["view=graph&view=table", '"view" has a value the explorer cannot use'],
  ])("names what is wrong in %s", (query, issue) => {
    expect(viewStateIssues(new URLSearchParams(query))).toEqual([issue]);
  });
});
