import {
  applyViewChange,
  CLEAR_FILTERS,
  expandActor,
  focusOn,
  HOSTILITY_ONLY,
  moveActor,
  openPart,
  RESET_VIEW,
  toggleFamily,
  toggleKind,
} from "@/lib/explorer/view-changes";
import { DEFAULT_VIEW, serializeViewState, type ViewState } from "@/lib/explorer/view-state";

const busy: ViewState = {
  ...DEFAULT_VIEW,
  focus: "iran",
  depth: 2,
  families: ["hostility"],
  minWeight: 2,
  selection: { type: "edge", id: "e1" },
  expanded: ["iraq", "us*"],
  positions: { iran: { x: 1, y: 2 } },
  colorBy: "community",
  tool: "paths",
  pathFrom: "iran",
};

const after = (view: ViewState, ...changes: Parameters<typeof applyViewChange>[1][]) =>
  changes.reduce(applyViewChange, view);
const query = (view: ViewState) => serializeViewState(view).toString();

describe("explorer view changes", () => {
  it("focusing on an actor starts its neighbourhood afresh, selected, keeping filters and tools", () => {
    const view = after({ ...busy, limit: 300, community: 2 }, focusOn("iraq"));
    expect(view).toEqual({
      ...busy,
      focus: "iraq",
      selection: { type: "node", id: "iraq" },
      expanded: [],
      positions: {},
      limit: null,
      community: null,
    });
    expect(query(view)).toBe(
      "focus=iraq&depth=2&families=hostility&minWeight=2&sel=n%3Airaq&tool=paths&pathFrom=iran&color=community",
    );
  });

  it("resetting returns to the overview at depth 1 but keeps the filters and encodings", () => {
    expect(query(after(busy, RESET_VIEW))).toBe(
      "families=hostility&minWeight=2&tool=paths&pathFrom=iran&color=community",
    );
  });

  it("opening a part of a large graph leaves the focus, and the summary is neither part", () => {
    expect(after(busy, openPart({ community: 3 }))).toMatchObject({
      focus: null,
      community: 3,
      limit: null,
      selection: null,
      expanded: [],
      positions: {},
    });
    expect(after(busy, openPart({ limit: 200 }))).toMatchObject({ limit: 200, community: null });
    expect(after({ ...DEFAULT_VIEW, community: 3 }, openPart({}))).toEqual(DEFAULT_VIEW);
  });

  it("expanding adds the actor once, `*` for all its neighbours, and selects it", () => {
    expect(after(busy, expandActor("syria"))).toMatchObject({
      expanded: ["iraq", "us*", "syria"],
      selection: { type: "node", id: "syria" },
    });
    expect(after(busy, expandActor("us")).expanded).toEqual(["iraq", "us"]);
    expect(after(busy, expandActor("iraq", true)).expanded).toEqual(["us*", "iraq*"]);
  });

  it("moves build on the latest view, so two quick drags both stay", () => {
    const view = after(busy, moveActor("iraq", { x: 5, y: 6 }), moveActor("us", { x: -1, y: 0 }));
    expect(view.positions).toEqual({
      iran: { x: 1, y: 2 },
      iraq: { x: 5, y: 6 },
      us: { x: -1, y: 0 },
    });
    expect(after(busy, moveActor("iran", { x: 9, y: 9 })).positions).toEqual({
      iran: { x: 9, y: 9 },
    });
  });

  it("toggles one family or kind, leaving the others", () => {
    expect(after(busy, toggleFamily("influence", true)).families).toEqual([
      "hostility",
      "influence",
    ]);
    expect(after(busy, toggleFamily("hostility", false)).families).toEqual([]);
    expect(after(DEFAULT_VIEW, toggleKind("person", false)).kinds).not.toContain("person");
    expect(
      after(DEFAULT_VIEW, toggleKind("person", false), toggleKind("person", true)).kinds,
    ).toEqual(expect.arrayContaining([...DEFAULT_VIEW.kinds]));
  });

  it("hostility only, then clearing the filters, leaves no filter in the URL", () => {
    const filtered = after(
      { ...DEFAULT_VIEW, focus: "iran" },
      HOSTILITY_ONLY,
      toggleKind("state", false),
      { minWeight: 3, from: "2020-01", to: "2020-02", undated: false },
    );
    expect(query(filtered)).toBe(
      "focus=iran&families=hostility&kinds=" +
        DEFAULT_VIEW.kinds.filter((kind) => kind !== "state").join("%2C") +
        "&minWeight=3&from=2020-01&to=2020-02&undated=0",
    );
    expect(query(after(filtered, CLEAR_FILTERS))).toBe("focus=iran");
  });

  it("a patch is merged as it is; nothing changes the view it is given", () => {
    const frozen = structuredClone(busy);
    after(busy, focusOn("x"), RESET_VIEW, expandActor("y"), moveActor("z", { x: 0, y: 0 }));
    expect(busy).toEqual(frozen);
    expect(applyViewChange(busy, { view: "list" })).toEqual({ ...busy, view: "list" });
  });
});
