import { GRAPH_STYLESHEET } from "@/components/graph/graph-stylesheet";
import { LARGE_VIEW_STYLESHEET } from "@/components/graph/large-view-style";

type Rule = { selector: string; style: Record<string, unknown> };
const rules = (sheet: unknown) => sheet as Rule[];

describe("the large-view stylesheet", () => {
  it("has one rule per selector of the detailed one, in the same order", () => {
    expect(rules(LARGE_VIEW_STYLESHEET).map((rule) => rule.selector)).toEqual(
      rules(GRAPH_STYLESHEET).map((rule) => rule.selector),
    );
  });

  it("draws straight edges without arrows, dashes or label boxes", () => {
    const bySelector = new Map(rules(LARGE_VIEW_STYLESHEET).map((rule) => [rule.selector, rule]));
    expect(bySelector.get("edge")?.style["curve-style"]).toBe("haystack");
    expect(bySelector.get("node")?.style["min-zoomed-font-size"]).toBe(14);
    for (const selector of ["node", "edge", 'edge[family = "hostility"]']) {
      const style = bySelector.get(selector)!.style;
      expect(style["target-arrow-shape"]).toBeUndefined();
      expect(style["line-style"]).toBeUndefined();
      expect(style["text-background-opacity"]).toBeUndefined();
    }
  });

  it("keeps the selection, focus, filter and path rules whole", () => {
    const detailed = rules(GRAPH_STYLESHEET);
    for (const selector of ["node:selected", "edge.path-edge", ".filtered", "node.focus"]) {
      const large = rules(LARGE_VIEW_STYLESHEET).find((rule) => rule.selector === selector);
      expect(large).toEqual(detailed.find((rule) => rule.selector === selector));
    }
  });
});
