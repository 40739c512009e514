"use client";

import type { ElementDefinition, StylesheetJson } from "cytoscape";
import { useEffect, useMemo } from "react";
import { kindRules } from "@/components/graph/graph-stylesheet";
import { FAMILY_STYLES, INK, LABEL_BACKGROUND } from "@/components/graph/palette";
import { useCytoscape } from "@/components/graph/use-cytoscape";
import type { ResultGraphElements } from "@/lib/cypher/result-graph";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";

// Nodes without a kind and relationships without a family (anything a query returns) in grey.
const UNKNOWN_NODE = "#c8ced6";
const UNKNOWN_EDGE = "#59636e";

// The explorer's palette (Okabe–Ito, one shape per kind); sizes fixed, as results carry no influence.
const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: 28,
      height: 28,
      "background-color": UNKNOWN_NODE,
      "border-width": 1.5,
      "border-color": INK,
      label: "data(label)",
      "font-size": 12,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.85,
    },
  },
  ...kindRules(),
  {
    selector: "edge",
    style: {
      "curve-style": "bezier",
      width: "mapData(weight, 1, 3, 1.5, 5)",
      "line-color": UNKNOWN_EDGE,
      "target-arrow-color": UNKNOWN_EDGE,
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
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.9,
    },
  },
  ...EDGE_FAMILIES.map((family) => ({
    selector: `edge[family = "${family}"]`,
    style: {
      "line-color": FAMILY_STYLES[family].color,
      "target-arrow-color": FAMILY_STYLES[family].color,
      "line-style": FAMILY_STYLES[family].line,
      ...(family === "hostility" && { "target-arrow-shape": "triangle-tee" as const }),
    },
  })),
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
      ...elements.nodes.map((data) => ({ group: "nodes" as const, data: { ...data } })),
      ...elements.edges.map((data) => ({ group: "edges" as const, data: { ...data } })),
    ],
    [elements],
  );
  const { container, cy } = useCytoscape({
    key: "console",
    exposeAs: "__atlasConsoleCy",
    options: () => ({ style: STYLESHEET }),
  });
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      instance.add(definitions);
    });
    instance.layout(LAYOUT).run();
  }, [cy, definitions]);
  return <div ref={container} style={{ width: "100%", height: "100%" }} />;
}
