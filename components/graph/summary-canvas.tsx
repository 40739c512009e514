"use client";

import cytoscape, { type ElementDefinition, type StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef } from "react";
import { FAMILY_STYLES, KIND_STYLES } from "@/components/graph/kind-styles";
import { hashString, withSeededRandom } from "@/lib/random/seeded-random";
import { communityName } from "@/lib/summary/community-name";
import type { GraphSummary } from "@/lib/summary/types";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";

cytoscape.use(fcose);

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
      "border-color": "#1b1f24",
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
  ...ACTOR_KINDS.map((kind) => ({
    selector: `node.actor[kind = "${kind}"]`,
    style: { "background-color": KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
  })),
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
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  { selector: "edge.hostile", style: { "line-color": FAMILY_STYLES.hostility.color } },
  {
    selector: "edge.leads",
    style: { width: 1, "line-color": "#9aa4ae", "line-style": "dotted", label: "" },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#000000" } },
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

export interface SummaryCanvasProps {
  summary: GraphSummary;
  onOpenCommunity: (id: number) => void;
  onFocusActor: (id: string) => void;
}

/** The summary drawn: at most a few dozen nodes, so fcose lays it out in the tab at once. */
export function SummaryCanvas({ summary, onOpenCommunity, onFocusActor }: SummaryCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onOpenCommunity, onFocusActor });
  useEffect(() => {
    handlers.current = { onOpenCommunity, onFocusActor };
  });

  useEffect(() => {
    const elements = summaryElements(summary);
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      elements,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    window.__atlasSummaryCy = cy;
    withSeededRandom(hashString(elements.map((e) => e.data.id).join("|")), () =>
      cy
        .layout({
          name: "fcose",
          quality: "proof",
          randomize: true,
          animate: false,
          nodeRepulsion: () => 60000,
          idealEdgeLength: () => 160,
          nodeSeparation: 120,
          padding: 30,
        } as cytoscape.LayoutOptions)
        .run(),
    );
    cy.on("tap", "node.community", (event) =>
      handlers.current.onOpenCommunity(Number(event.target.data("community"))),
    );
    cy.on("tap", "node.actor", (event) =>
      handlers.current.onFocusActor(String(event.target.data("actor"))),
    );
    const observer = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 30);
    });
    if (container.current) observer.observe(container.current);
    return () => {
      observer.disconnect();
      if (window.__atlasSummaryCy === cy) delete window.__atlasSummaryCy;
      cy.destroy();
    };
  }, [summary]);

  return (
    <div ref={container} className="graph-canvas" aria-hidden="true" data-testid="summary-canvas" />
  );
}

declare global {
  interface Window {
    /** The summary's Cytoscape instance, for browser tests (like __atlasCy). */
    __atlasSummaryCy?: cytoscape.Core;
  }
}
