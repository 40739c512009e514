import { earlyDrawState } from "@/lib/explorer/early-draw";
import { parseViewState } from "@/lib/explorer/view-state";

const early = (query: string) => earlyDrawState(parseViewState(new URLSearchParams(query)));

describe("the explorer page's early drawing of a large view", () => {
  it("draws a view the first answer gives whole, with its focus, filters and pinned actors", () => {
    expect(early("limit=400")).toMatchObject({ focus: null, sizeBy: "influenceGiven", pinned: {} });
    expect(early("community=3")).not.toBeNull();
    const focused = early("focus=iran&depth=2&kinds=state,person&minWeight=2&size=none");
    expect(focused).toMatchObject({
      focus: "iran",
      sizeBy: "none",
      filters: { kinds: ["state", "person"], minWeight: 2 },
    });
  });

  it.each([
    ["the overview (the summary is asked for first)", ""],
    ["the list view", "limit=400&view=list"],
    ["an expansion (a further request)", "limit=400&expand=iran"],
    ["a path (a further request)", "limit=400&tool=paths&pathFrom=iran&pathTo=usa"],
    ["sizes from the rankings", "limit=400&size=pageRank"],
    ["colours from the rankings", "limit=400&color=community"],
  ])("leaves %s to the explorer", (_, query) => {
    expect(early(query)).toBeNull();
  });
});
