import type { StylesheetJson } from "cytoscape";
import { GRAPH_STYLESHEET } from "@/components/graph/graph-stylesheet";

type Rule = StylesheetJson[number];
type Style = Record<string, unknown>;

/**
 * What a large view changes in the look, following Cytoscape's performance advice: straight
 * ("haystack") edges without arrows or dashes, opaque colours, thin borders, and labels drawn only
 * once they would be at least 14 px on screen (zoomed in), without their background boxes.
 * Families stay apart by colour (blue influence, orange hostility, grey membership).
 */
const LARGE_VIEW_OVERRIDES: Record<string, Style> = {
  node: { "border-width": 1, "min-zoomed-font-size": 14 },
  edge: {
    "curve-style": "haystack",
    "haystack-radius": 0,
    width: "mapData(weight, 1, 3, 1, 3)",
  },
  'edge[family = "membership"]': { width: 1 },
};

/**
 * Properties of the base rules that a large view does not draw (no label boxes or wrapping, no
 * arrows, dashes or translucency). Left out rather than overridden: Cytoscape applies every
 * property of every matching rule to every element, so each one costs 10,000 applications in a
 * view of 10,000 elements, and the defaults are what a large view wants.
 */
const NOT_DRAWN = new Set([
  "text-background-color",
  "text-background-opacity",
  "text-background-padding",
  "text-background-shape",
  "text-wrap",
  "text-max-width",
  "target-arrow-shape",
  "target-arrow-color",
  "arrow-scale",
  "line-style",
  "line-dash-pattern",
  "opacity",
]);

// Rules for states (selected, focus, filtered, dimmed, highlighted…) are kept whole: they still
// draw a selected edge's label or a path's halo, and they follow the base rules, so they win.
const isStateRule = (rule: Rule) =>
  "selector" in rule && /[:.]/.test(String(rule.selector).replace(/\[[^\]]*\]/g, ""));

function leanRule(rule: Rule): Rule {
  if (!("style" in rule) || isStateRule(rule)) return rule;
  const style = Object.fromEntries(
    Object.entries(rule.style as Style).filter(([property]) => !NOT_DRAWN.has(property)),
  );
  return { ...rule, style: { ...style, ...LARGE_VIEW_OVERRIDES[String(rule.selector)] } } as Rule;
}

/** The explorer's stylesheet, lean: one rule per selector, as few properties as look the part. */
export const LARGE_VIEW_STYLESHEET: StylesheetJson = GRAPH_STYLESHEET.map(leanRule);
