import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  VIEW_FIELDS,
  viewHref,
  viewStateIssues,
  type ViewState,
} from "@/lib/explorer/view-state";

const roundTrip = (state: ViewState) => parseViewState(serializeViewState(state));

describe("explorer view state in the URL", () => {
  it("the default view is the bare path", () => {
    expect(viewHref(DEFAULT_VIEW)).toBe("/");
    expect(parseViewState(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  it("round-trips every field", () => {
    const state: ViewState = {
      focus: "qassem-soleimani",
      depth: 2,
      families: ["hostility", "membership"],
      kinds: ["person", "state"],
      minWeight: 2,
      from: "2020-01-01",
      to: "2020-02-29",
      undated: false,
      layout: "breadthfirst",
      selection: { type: "edge", id: "us-kills-soleimani" },
      expanded: ["united-states", "iran*"],
      positions: { "united-states": { x: -120, y: 45 }, iran: { x: 3, y: -7 } },
      view: "list",
      reading: { documentId: "f662abb57264ea17", passageId: "f662abb57264ea17:287-393" },
      tool: "paths",
      pathFrom: "iran",
      pathTo: "us-forces-in-iraq",
      pathK: 5,
      pathMaxHops: 6,
      pathFamilies: ["hostility"],
      pathDirected: true,
      pathIndex: 2,
      sizeBy: "betweenness",
      colorBy: "community",
      limit: 1500,
      community: 3,
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it("rounds positions and keeps their separators unescaped", () => {
    const params = serializeViewState({
      ...DEFAULT_VIEW,
      positions: { iran: { x: 1.6, y: -2.4 } },
    });
    expect(params.toString()).toBe("pos=iran_2_-2");
  });

  it.each([
    ["depth", "depth=7", { depth: 1 }],
    ["families", "families=influence,bogus", { families: DEFAULT_VIEW.families }],
    ["minWeight", "minWeight=zero", { minWeight: 1 }],
    ["layout", "layout=cola", { layout: "fcose" }],
    ["from", "from=last-week", { from: null }],
    ["sel", "sel=x:iran", { selection: null }],
    ["tool", "tool=hammer", { tool: null }],
    ["k", "k=11", { pathK: 3 }],
    ["maxHops", "maxHops=7", { pathMaxHops: 4 }],
    ["pathFamilies", "pathFamilies=membership", { pathFamilies: ["influence", "hostility"] }],
    ["empty pathFamilies", "pathFamilies=", { pathFamilies: ["influence", "hostility"] }],
    ["path", "path=0", { pathIndex: 0 }],
    ["size", "size=height", { sizeBy: "influenceGiven" }],
    ["color", "color=rainbow", { colorBy: "kind" }],
    ["limit", "limit=20000", { limit: null }],
    ["community", "community=-1", { community: null }],
  ])("a bad %s falls back to its default and keeps the rest", (_name, query, expected) => {
    const state = parseViewState(new URLSearchParams(`focus=iran&${query}`));
    expect(state).toMatchObject({ focus: "iran", ...expected });
  });

  it("drops malformed positions but keeps good ones", () => {
    const state = parseViewState(new URLSearchParams("pos=iran_1_2.bad_x_3.iraq_4"));
    expect(state.positions).toEqual({ iran: { x: 1, y: 2 } });
  });
});

describe("the view's URL fields", () => {
  it("give every field a distinct parameter and the default view", () => {
    const keys = Object.values(VIEW_FIELDS).map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(DEFAULT_VIEW)).toEqual(Object.keys(VIEW_FIELDS));
    for (const [name, field] of Object.entries(VIEW_FIELDS)) {
      expect(DEFAULT_VIEW[name as keyof ViewState]).toEqual(field.default);
    }
  });

  it("leave every default out of the URL", () => {
    expect(
      serializeViewState({
        ...DEFAULT_VIEW,
        families: ["membership", "hostility", "influence"],
      }).toString(),
    ).toBe("");
  });

  it.each([
    "focus=iran&depth=2",
    "families=hostility&kinds=person%2Cstate&minWeight=3&from=2020-01&to=2020-02-29&undated=0",
    "layout=concentric&sel=n%3Airan&expand=iraq%2Cus*&pos=iran_1_-2.iraq_30_40&view=list",
    "read=f662abb57264ea17%7Cf662abb57264ea17%3A287-393",
    "tool=paths&pathFrom=iran&pathTo=us&k=5&maxHops=6&pathFamilies=hostility&directed=1&path=2",
    "size=betweenness&color=community&limit=1500",
    "community=0",
  ])("write back exactly the link they read: %s", (query) => {
    expect(serializeViewState(parseViewState(new URLSearchParams(query))).toString()).toBe(query);
  });

  it("drop what a link may say but means the default", () => {
    const query = "depth=2&families=influence,hostility,membership&undated=1&directed=0&path=1&k=3";
    expect(serializeViewState(parseViewState(new URLSearchParams(query))).toString()).toBe("");
  });

  it("name what a saved view may not hold", () => {
    expect(viewStateIssues(new URLSearchParams("focus=iran&sel=n:iran&k=2"))).toEqual([]);
    expect(viewStateIssues(new URLSearchParams("selection=n:iran&depth=9&focus=a&focus="))).toEqual(
      [
        '"selection" is not a view parameter',
        '"depth" has a value the explorer cannot use',
        '"focus" has a value the explorer cannot use',
      ],
    );
  });
});
