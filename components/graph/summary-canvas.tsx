"use client";

import type { ElementDefinition, LayoutOptions, StylesheetJson } from "cytoscape";
import { useEffect, useMemo, useRef } from "react";
import { kindRules } from "@/components/graph/graph-stylesheet";
import { FAMILY_STYLES, INK, LABEL_BACKGROUND, SELECTED } from "@/components/graph/palette";
import { useCytoscape } from "@/components/graph/use-cytoscape";
import { hashString, withSeededRandom } from "@/lib/random/seeded-random";
import { communityName } from "@/lib/summary/community-name";
import type { GraphSummary } from "@/lib/summary/types";

/** Ties drawn between communities: the strongest links only, so the picture stays readable. */
const TIES_DRAWN = 60;

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 13,
      "font-family": "system-ui, sans-serif",
      "text-wrap": "wrap",
      "text-max-width": "150px",
      "text-valign": "center",
      "border-width": 1.5,
      "border-color": INK,
    },
  },
  {
    selector: "node.community",
    style: {
      "background-color": "#dfe8f1",
      shape: "ellipse",
      "font-weight": "bold",
      "font-size": 18,
      "text-max-width": "130px",
    },
  },
  { selector: "node.others", style: { "background-color": "#eeeeee", "border-style": "dashed" } },
  {
    selector: "node.actor",
    style: { "text-valign": "bottom", "text-margin-y": 3, "font-size": 14 },
  },
  ...kindRules("node.actor"),
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": FAMILY_STYLES.influence.color,
      "curve-style": "straight",
      opacity: 0.7,
      label: "data(label)",
      "font-size": 10,
      "text-rotation": "autorotate",
      "text-background-color": LABEL_BACKGROUND,
      "text-background-opacity": 0.85,
    },
  },
  { selector: "edge.hostile", style: { "line-color": FAMILY_STYLES.hostility.color } },
  {
    selector: "edge.leads",
    style: {
      width: 1,
      "line-color": FAMILY_STYLES.membership.color,
      "line-style": FAMILY_STYLES.membership.line,
      label: "",
    },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": SELECTED } },
];

const plural = (n: number, one: string) =>
  `${n.toLocaleString("en-US")} ${one}${n === 1 ? "" : "s"}`;

/** The summary as Cytoscape elements: a node per community, the top actors beside their own. */
function summaryElements(summary: GraphSummary): ElementDefinition[] {
  const largest = Math.max(1, ...summary.communities.map((c) => c.size));
  const shown = new Set(summary.communities.map((c) => c.id));
  const communities = summary.communities.map((c) => ({
    group: "nodes" as const,
    classes: c.id === 0 ? "community others" : "community",
    data: {
      id: `community:${c.id}`,
      community: c.id,
      label: `${communityName(c.id)}\n${plural(c.size, "actor")}`,
      size: Math.round(80 + 120 * Math.sqrt(c.size / largest)),
    },
  }));
  const actors = summary.topActors
    .filter((a) => shown.has(a.community))
    .flatMap((a) => [
      {
        group: "nodes" as const,
        classes: "actor",
        data: { id: `actor:${a.id}`, actor: a.id, label: a.name, kind: a.kind, size: 22 },
      },
      {
        group: "edges" as const,
        classes: "leads",
        data: { id: `leads:${a.id}`, source: `actor:${a.id}`, target: `community:${a.community}` },
      },
    ]);
  const total = (t: GraphSummary["ties"][number]) => t.influence + t.hostility + t.membership;
  const ties = [...summary.ties]
    .sort((x, y) => total(y) - total(x))
    .slice(0, TIES_DRAWN)
    .map((t) => ({
      group: "edges" as const,
      classes: t.hostility > t.influence + t.membership ? "hostile" : "",
      data: {
        id: `ties:${t.source}-${t.target}`,
        source: `community:${t.source}`,
        target: `community:${t.target}`,
        label: total(t).toLocaleString("en-US"),
        width: Math.min(12, 1 + Math.log2(total(t))),
      },
    }));
  return [...communities, ...actors, ...ties];
}

const LAYOUT = {
  name: "fcose",
  quality: "proof",
  randomize: true,
  animate: false,
  nodeRepulsion: () => 60000,
  idealEdgeLength: () => 160,
  nodeSeparation: 120,
  padding: 30,
} as LayoutOptions;

export interface SummaryCanvasProps {
  summary: GraphSummary;
  onOpenCommunity: (id: number) => void;
  onFocusActor: (id: string) => void;
}

/** The summary drawn: at most a few dozen nodes, so fcose lays it out in the tab at once. */
export function SummaryCanvas({ summary, onOpenCommunity, onFocusActor }: SummaryCanvasProps) {
  const handlers = useRef({ onOpenCommunity, onFocusActor });
  useEffect(() => {
    handlers.current = { onOpenCommunity, onFocusActor };
  });
  const elements = useMemo(() => summaryElements(summary), [summary]);
  const { container } = useCytoscape({
    key: elements,
    exposeAs: "__atlasSummaryCy",
    options: () => ({
      style: STYLE,
      elements,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
    }),
    setup: (cy) => {
      const ids = elements.map((element) => element.data.id).join("|");
      withSeededRandom(hashString(ids), () => cy.layout(LAYOUT).run());
      cy.on("tap", "node.community", (event) =>
        handlers.current.onOpenCommunity(Number(event.target.data("community"))),
      );
      cy.on("tap", "node.actor", (event) =>
        handlers.current.onFocusActor(String(event.target.data("actor"))),
      );
    },
    onResize: (cy) => cy.fit(undefined, 30),
  });

  return (
    <div ref={container} className="graph-canvas" aria-hidden="true" data-testid="summary-canvas" />
  );
}
