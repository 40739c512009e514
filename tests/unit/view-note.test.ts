import { labelledActors, LABELLED_TOP } from "@/lib/explorer/labelled-actors";
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

  it("are the largest by the size metric, ties by id, and the focus", () => {
    const labelled = labelledActors(nodes, "a00");
    expect(labelled.size).toBe(LABELLED_TOP + 1);
    expect(labelled.has("a00")).toBe(true);
    // Sizes 14, 13, 12, 11, 10 twice each: a14 and a29, a13 and a28, …
    expect([...labelled].filter((id) => id !== "a00").sort()).toEqual([
      "a10",
      "a11",
      "a12",
      "a13",
      "a14",
      "a25",
      "a26",
      "a27",
      "a28",
      "a29",
    ]);
  });

  it("leave out hidden actors and a focus not in the view", () => {
    const hidden = new Set(["a14", "a29"]);
    const labelled = labelledActors(nodes, "elsewhere", hidden, 3);
    expect([...labelled].sort()).toEqual(["a13", "a28", "a12"].sort());
  });
});
