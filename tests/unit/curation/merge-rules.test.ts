import {
  claimEdgeIds,
  conflictStatus,
  isConflict,
  planEdges,
  type EdgeRow,
} from "@/lib/curation/merge-rules";

const pair = { survivorId: "s", mergedId: "m" };
const edge = (
  id: string,
  source: string,
  target: string,
  kind = "supports",
  more = {},
): EdgeRow => ({
  id,
  family: "influence",
  kind,
  source,
  target,
  claimCount: 1,
  byHand: false,
  ...more,
});

describe("planEdges", () => {
  const edges = [
    edge("s-x", "s", "x"),
    edge("m-x", "m", "x"),
    edge("m-x-other", "m", "x", "trains"),
    edge("x-m", "x", "m"),
    edge("m-s", "m", "s"),
    edge("m-y", "m", "y", "supports", { byHand: true, claimCount: 0 }),
  ];
  const planned = new Map(planEdges(edges, pair).map((e) => [e.id, e]));

  it.each([
    [
      "same direction, family and kind: joins the survivor's edge",
      "m-x",
      { into: "s-x", newSource: "s" },
    ],
    ["another kind keeps its own edge", "m-x-other", { into: null, newSource: "s" }],
    ["the other direction keeps its own edge", "x-m", { into: null, newTarget: "s" }],
    ["an edge between the two is dropped", "m-s", { dropped: true, into: null }],
    ["an edge without claims moves as it is", "m-y", { byHand: true, into: null, newSource: "s" }],
  ])("%s", (_, id, expected) => {
    expect(planned.get(id)).toMatchObject(expected);
  });

  it("lists only the merged actor's edges", () => {
    expect(planned.has("s-x")).toBe(false);
  });

  it("gives the moved claims the id of the edge they join", () => {
    const ids = claimEdgeIds(
      [
        { id: "c1", edgeId: "m-x" },
        { id: "c2", edgeId: "x-m" },
        { id: "c3", edgeId: null },
      ],
      [...planned.values()],
    );
    expect(Object.fromEntries(ids)).toEqual({ c1: "s-x", c2: "x-m", c3: null });
  });
});

describe("self-claims", () => {
  it.each([
    [{ subjectId: "m", objectId: "s" }, true],
    [{ subjectId: "s", objectId: "m" }, true],
    [{ subjectId: "m", objectId: "x" }, false],
  ])("%o is a conflict: %s", (claim, expected) => {
    expect(isConflict(claim, pair)).toBe(expected);
  });

  it.each([
    ["accepted", "retracted"],
    ["proposed", "rejected"],
    ["rejected", null],
    ["retracted", null],
  ])("%s becomes %s", (status, expected) => {
    expect(conflictStatus(status)).toBe(expected);
  });
});
