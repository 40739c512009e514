import type { StylesheetJson } from "cytoscape";
import {
  CONTESTED_LINE,
  FAMILY_STYLES,
  INK,
  KIND_STYLES,
  LABEL_BACKGROUND,
  PATH_HALO,
  SELECTED,
} from "@/components/graph/palette";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";

/** A node's colour and shape by its `kind`, for the nodes `scope` selects. */
export function kindRules(scope = "node"): StylesheetJson {
  return ACTOR_KINDS.map((kind) => ({
    selector: `${scope}[kind = "${kind}"]`,
    style: { "background-color": KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
  }));
}

/**
 * The graph's look, shared by the explorer and anything else that draws the atlas.
 * Nodes carry `size` (from influence) in their data; edges carry `family`, `weight` and
 * `contested`.
 */
export const GRAPH_STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      "border-width": 1.5,
      "border-color": INK,
      label: "data(label)",
      "font-size": 15,
      "font-family": "system-ui, sans-serif",
      color: INK,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "140px",
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      "text-background-shape": "roundrectangle",
      "min-zoomed-font-size": 6,
    },
  },
  ...kindRules(),
  // The explorer can colour by community instead of kind; shapes keep telling the kinds apart.
  { selector: "node[color]", style: { "background-color": "data(color)" } },
  {
    selector: "edge",
    style: {
      "curve-style": "bezier",
      width: "mapData(weight, 1, 3, 1.5, 5)",
      "line-color": FAMILY_STYLES.influence.color,
      "target-arrow-color": FAMILY_STYLES.influence.color,
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.1,
      opacity: 0.85,
    },
  },
  {
    selector: 'edge[family = "hostility"]',
    style: {
      "line-color": FAMILY_STYLES.hostility.color,
      "target-arrow-color": FAMILY_STYLES.hostility.color,
      "target-arrow-shape": "triangle-tee",
      "line-style": "dashed",
      "line-dash-pattern": [7, 4],
    },
  },
  {
    selector: 'edge[family = "membership"]',
    style: {
      width: 1,
      "line-color": FAMILY_STYLES.membership.color,
      "target-arrow-color": FAMILY_STYLES.membership.color,
      "target-arrow-shape": "vee",
      "arrow-scale": 0.7,
      "line-style": "dotted",
      opacity: 0.7,
    },
  },
  {
    selector: "edge[?contested]",
    style: { "line-style": CONTESTED_LINE, width: "mapData(weight, 1, 3, 4.5, 7)" },
  },
  { selector: ".filtered", style: { display: "none" } },
  {
    selector: "node.focus",
    style: { "border-width": 4, "border-style": "double", "font-weight": "bold" },
  },
  // The focus and the largest actors: named at every zoom, on a box, above the others
  // (components/graph/scale-labels.ts keeps their text readable when zoomed out).
  {
    selector: "node.labelled",
    style: {
      "min-zoomed-font-size": 0,
      "font-weight": "bold",
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "z-index": 10,
    },
  },
  {
    selector: "node:selected",
    style: {
      "border-width": 4,
      "border-color": SELECTED,
      "overlay-color": "#0072B2",
      "overlay-opacity": 0.15,
      "overlay-padding": 6,
      "font-weight": "bold",
    },
  },
  {
    selector: "edge:selected",
    style: {
      opacity: 1,
      "overlay-color": SELECTED,
      "overlay-opacity": 0.12,
      "overlay-padding": 4,
      label: "data(kind)",
      "font-size": 11,
      "text-rotation": "autorotate",
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.9,
    },
  },
  { selector: "node.dimmed, edge.dimmed", style: { opacity: 0.18 } },
  // A path found by the path finder: drawn on top, outlined in black with a yellow halo.
  {
    selector: "node.path-node",
    style: {
      "border-width": 4,
      "border-color": SELECTED,
      "border-style": "solid",
      "underlay-color": PATH_HALO,
      "underlay-opacity": 0.75,
      "underlay-padding": 7,
      "font-weight": "bold",
      "z-index": 20,
    },
  },
  {
    selector: "edge.path-edge",
    style: {
      width: 6,
      opacity: 1,
      "arrow-scale": 1.4,
      "underlay-color": PATH_HALO,
      "underlay-opacity": 0.75,
      "underlay-padding": 5,
      label: "data(kind)",
      "font-size": 13,
      "font-weight": "bold",
      "text-rotation": "autorotate",
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.95,
      "text-background-padding": "2px",
      "z-index": 20,
    },
  },
];
