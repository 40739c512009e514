import type { StylesheetJson } from "cytoscape";
import { GRAPH_STYLESHEET } from "@/components/graph/graph-stylesheet";

/**
 * What a large view changes in the look, following Cytoscape's performance advice: straight
 * ("haystack") edges without arrows or dashes, opaque colours, thin borders, and labels drawn only
 * once they would be at least 14 px on screen (zoomed in), without their background boxes.
 * Families stay apart by colour (blue influence, orange hostility, grey membership).
 */
const LARGE_VIEW_OVERRIDES: StylesheetJson = [
  {
    selector: "node",
    style: {
      "border-width": 1,
      "min-zoomed-font-size": 14,
      "text-background-opacity": 0,
      "text-wrap": "none",
    },
  },
  {
    selector: "edge",
    style: {
      "curve-style": "haystack",
      "haystack-radius": 0,
      "target-arrow-shape": "none",
      "line-style": "solid",
      width: "mapData(weight, 1, 3, 1, 3)",
      opacity: 1,
    },
  },
  { selector: 'edge[family = "membership"]', style: { width: 1 } },
];

// Rules for states (selected, focus, filtered, dimmed, highlighted…) must still win over the
// overrides, so they are repeated after them: in Cytoscape the later matching rule wins.
const isStateRule = (rule: StylesheetJson[number]) =>
  "selector" in rule && /[:.]/.test(String(rule.selector).replace(/\[[^\]]*\]/g, ""));

export const LARGE_VIEW_STYLESHEET: StylesheetJson = [
  ...GRAPH_STYLESHEET,
  ...LARGE_VIEW_OVERRIDES,
  ...GRAPH_STYLESHEET.filter(isStateRule),
];
