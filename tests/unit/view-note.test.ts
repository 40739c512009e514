import {
  LABEL_CANDIDATES,
  labelCandidates,
  LABELLED_TOP,
  pickUnoverlapped,
} from "@/lib/explorer/labelled-actors";
import { countOf, cutNote, isCut, moreLimit, summaryShown } from "@/lib/explorer/view-note";
import { VIEW_ACTORS_MAX } from "@/lib/layout/budget";

describe("the note over a cut view", () => {
  const cut = { nodes: 1000, edges: 4000, matchedActors: 8412, matchedEdges: 31_220 };

  it("says what a focused view shows of its neighbourhood, with exact totals", () => {
    expect(cutNote(cut, { name: "Goesh", depth: 2 })).toBe(
      "Goesh’s 2-step neighbourhood: 1,000 strongest of 8,412 actors and 4,000 of 31,220 links",
    );
  });

  it("says what the whole graph's view shows when nothing is focused", () => {
    expect(cutNote(cut, null)).toBe(
      "The whole graph: 1,000 best-connected of 8,412 actors and 4,000 of 31,220 links",
    );
  });

  it("says 'all' of what was not cut, and nothing when nothing was", () => {
    expect(cutNote({ ...cut, matchedActors: 1000 }, { name: "Iran", depth: 1 })).toBe(
      "Iran’s 1-step neighbourhood: all 1,000 actors and 4,000 of 31,220 links",
    );
    const whole = { nodes: 40, edges: 95, matchedActors: 40, matchedEdges: 95 };
    expect(isCut(whole)).toBe(false);
    expect(cutNote(whole, { name: "Iran", depth: 1 })).toBeNull();
    expect(countOf(1, "actor")).toBe("1 actor");
  });

  it("says what a large neighbourhood shows while its totals are counted apart", () => {
    const pending = { ...cut, matchedActors: null, matchedEdges: null };
    expect(isCut(pending)).toBe(true);
    expect(cutNote(pending, { name: "Goesh", depth: 2 })).toBe(
      "Goesh’s 2-step neighbourhood: 1,000 strongest actors and 4,000 links; counting the rest…",
    );
  });

  it("doubles the limit for 'show more', up to what the explorer draws", () => {
    expect(moreLimit(1000)).toBe(Math.min(2000, VIEW_ACTORS_MAX));
    expect(moreLimit(VIEW_ACTORS_MAX - 1)).toBe(VIEW_ACTORS_MAX);
    expect(moreLimit(VIEW_ACTORS_MAX)).toBeNull();
  });

  it("counts what the summary shows for the filter panel", () => {
    expect(summaryShown(12, { actors: 20_000, relationships: 58_000, memberships: 3_000 })).toBe(
      "Showing 12 communities of 20,000 actors and 61,000 links",
    );
    expect(summaryShown(1, { actors: 1, relationships: 1, memberships: 0 })).toBe(
      "Showing 1 community of 1 actor and 1 link",
    );
  });
});

describe("the actors labelled at every zoom", () => {
  const nodes = Array.from({ length: 30 }, (_, i) => ({
    id: `a${String(i).padStart(2, "0")}`,
    size: i % 15,
  }));

  it("are sought among the focus, then the largest by the size metric, ties by id", () => {
    expect(labelCandidates(nodes, "a00", new Set(), 6)).toEqual([
      "a00",
      "a14",
      "a29",
      "a13",
      "a28",
      "a12",
      "a27",
    ]);
    expect(labelCandidates(nodes, null).length).toBe(Math.min(30, LABEL_CANDIDATES));
  });

  it("leave out hidden actors and a focus not in the view", () => {
    const hidden = new Set(["a14", "a29"]);
    expect(labelCandidates(nodes, "elsewhere", hidden, 3)).toEqual(["a13", "a28", "a12"]);
    expect(labelCandidates(nodes, "a14", hidden, 1)).toEqual(["a13"]);
  });

  it("are those whose labels overlap none before them, the first always, up to the most", () => {
    const box = (id: string, left: number, top: number) => ({
      id,
      left,
      top,
      right: left + 100,
      bottom: top + 20,
    });
    const boxes = [
      box("focus", 0, 0),
      box("on-focus", 50, 10),
      box("beside", 100, 0),
      box("below", 0, 20),
      box("far", 500, 500),
    ];
    expect(pickUnoverlapped(boxes, 10)).toEqual(["focus", "beside", "below", "far"]);
    expect(pickUnoverlapped(boxes, 2)).toEqual(["focus", "beside"]);
    expect(LABELLED_TOP).toBe(10);
  });
});
