"use client";

import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import { useMemo } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { ResultGraphElements } from "@/lib/cypher/result-graph";

// The explorer's palette (Okabe–Ito, one shape per kind), kept here so the console stands alone.
const KINDS: Record<string, [string, string]> = {
  person: ["#E69F00", "ellipse"],
  state: ["#0072B2", "round-rectangle"],
  "government-body": ["#56B4E9", "hexagon"],
  military: ["#009E73", "diamond"],
  organisation: ["#CC79A7", "octagon"],
  "armed-group": ["#D55E00", "triangle"],
  "political-movement": ["#F0E442", "star"],
  community: ["#999999", "round-tag"],
};

const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: 28,
      height: 28,
      "background-color": "#c8ced6",
      "border-width": 1.5,
      "border-color": "#1b1f24",
      label: "data(label)",
      "font-size": 12,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  ...Object.entries(KINDS).map(([kind, [color, shape]]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { "background-color": color, shape: shape as "ellipse" },
  })),
  {
    selector: "edge",
    style: {
      "curve-style": "bezier",
      width: "mapData(weight, 1, 3, 1.5, 5)",
      "line-color": "#59636e",
      "target-arrow-color": "#59636e",
      "target-arrow-shape": "triangle",
      opacity: 0.9,
    },
  },
  {
    selector: "edge:selected",
    style: {
      label: "data(type)",
      "font-size": 10,
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
    },
  },
  {
    selector: 'edge[family = "influence"]',
    style: { "line-color": "#0072B2", "target-arrow-color": "#0072B2" },
  },
  {
    selector: 'edge[family = "hostility"]',
    style: {
      "line-color": "#D55E00",
      "target-arrow-color": "#D55E00",
      "target-arrow-shape": "triangle-tee",
      "line-style": "dashed",
    },
  },
  {
    selector: 'edge[family = "membership"]',
    style: { "line-color": "#9AA4AE", "target-arrow-color": "#9AA4AE", "line-style": "dotted" },
  },
];

// Results are small (the row cap), so Cytoscape's built-in force layout is quick enough.
const LAYOUT = { name: "cose", animate: false, nodeRepulsion: () => 9000, padding: 30 };

export interface ResultGraphProps {
  elements: ResultGraphElements;
}

/** The nodes, relationships and paths of a result, drawn like the explorer draws the atlas. */
export default function ResultGraph({ elements }: ResultGraphProps) {
  const definitions = useMemo<ElementDefinition[]>(
    () => [
      ...elements.nodes.map((data) => ({ data: { ...data } })),
      ...elements.edges.map((data) => ({ data: { ...data } })),
    ],
    [elements],
  );
  return (
    <CytoscapeComponent
      elements={definitions}
      stylesheet={STYLESHEET}
      layout={LAYOUT}
      style={{ width: "100%", height: "100%" }}
      cy={(cy: Core) => {
        // Playwright reads the drawn graph through this; harmless in production.
        (window as typeof window & { __atlasConsoleCy?: Core }).__atlasConsoleCy = cy;
      }}
    />
  );
}
