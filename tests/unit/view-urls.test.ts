import { firstViewRequest, graphUrl, totalsUrl, viewUrl } from "@/lib/explorer/view-urls";
import { parseViewState } from "@/lib/explorer/view-state";

const first = (query: string) => firstViewRequest(parseViewState(new URLSearchParams(query)));

describe("the explorer's view requests", () => {
  it("asks the overview whether to summarise, and any other view for its elements", () => {
    expect(first("")).toBe("/api/graph/summary");
    expect(first("focus=iran&depth=2")).toBe("/api/graph/layout?limit=1000&focus=iran&depth=2");
    expect(first("limit=2000")).toBe("/api/graph/layout?limit=2000");
    expect(first("community=3")).toBe("/api/graph/summary/communities/3?limit=1000");
  });

  it("is what the explorer itself fetches for the view", () => {
    const state = parseViewState(new URLSearchParams("focus=iran&limit=300"));
    expect(firstViewRequest(state)).toBe(viewUrl(state.focus, state.depth, state));
    expect(graphUrl("iran", 2)).toBe("/api/graph?limit=1000&focus=iran&depth=2");
  });

  it("asks a large neighbourhood's totals apart, whatever its limit", () => {
    expect(totalsUrl("iran", 2)).toBe("/api/graph/totals?focus=iran&depth=2");
  });
});
