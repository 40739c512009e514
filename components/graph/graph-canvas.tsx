"use client";

import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef, useState, type RefObject } from "react";
import { earlyGraphMode, takeEarlyGraph } from "@/components/graph/early-graph";
import {
  drawLargeView,
  explorerCanvasOptions,
  labelledActors,
} from "@/components/graph/explorer-canvas";
import { fitPath, fitVisible, runLayout, type LayoutName } from "@/components/graph/graph-layouts";
import { renderModeFor } from "@/components/graph/graph-renderer";
import { fitLabels, markLabelled } from "@/components/graph/scale-labels";
import { useCytoscape } from "@/components/graph/use-cytoscape";
import type { Positions } from "@/lib/layout/force-layout";
import type { Position, Selection } from "@/lib/explorer/view-state";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  hidden: ReadonlySet<string>;
  focus: string | null;
  selection: Selection;
  layout: LayoutName;
  positions: Record<string, Position>;
  onSelect: (selection: Selection) => void;
  onExpand: (actorId: string) => void;
  onMoved: (actorId: string, position: Position) => void;
  onReady?: (cy: Core | null) => void;
  /** Elements to emphasise (a path); everything else is dimmed while it is set. */
  highlight?: { nodes: readonly string[]; edges: readonly string[] } | null;
  /**
   * Positions computed on the server for a large view: drawn as given, in the large-view style and
   * renderer, with no layout in the tab. Null for ordinary views, which the canvas lays out itself.
   */
  preset?: Positions | null;
  /** The server-rendered element to draw in (graph-canvas-lazy.tsx renders it). */
  container: RefObject<HTMLDivElement | null>;
}

/** The Cytoscape canvas. It owns one instance and keeps it in step with its props. */
export function GraphCanvas(props: GraphCanvasProps) {
  const latest = useRef(props);
  const layoutKey = useRef("");
  useEffect(() => {
    latest.current = props;
  });
  // The renderer is fixed when an instance is made, so a change of mode makes a new instance.
  // Until the view's data is here, a large view the page drew early keeps its mode.
  const [earlyMode, setEarlyMode] = useState(earlyGraphMode);
  const arrived = Boolean(props.preset) || props.elements.length > 0;
  if (earlyMode && arrived) setEarlyMode(null);
  const mode = (!arrived && earlyMode) || renderModeFor(Boolean(props.preset));
  // The instance is the page's early drawing, already showing (and framing) the view.
  const adopted = useRef(false);
  const { cy: cyRef } = useCytoscape({
    key: mode,
    exposeAs: "__atlasCy",
    container: props.container,
    options: () => explorerCanvasOptions(mode),
    adopt: (element) => {
      const early = takeEarlyGraph(element, mode);
      adopted.current = early !== null;
      // A tap on the early drawing is answered now that the explorer is here.
      const tapped = early?.tapped;
      if (tapped) queueMicrotask(() => latest.current.onSelect(tapped));
      return early?.cy ?? null;
    },
    setup: (cy) => {
      // A new instance starts empty (StrictMode and Fast Refresh remount), so the next sync must
      // add everything and lay it out; an adopted one already shows its view, framed.
      layoutKey.current = "";
      cy.on("tap", "node", (event) =>
        latest.current.onSelect({ type: "node", id: event.target.id() }),
      );
      cy.on("tap", "edge", (event) =>
        latest.current.onSelect({ type: "edge", id: event.target.id() }),
      );
      cy.on("tap", (event) => {
        if (event.target === cy) latest.current.onSelect(null);
      });
      cy.on("dbltap", "node", (event) => latest.current.onExpand(event.target.id()));
      let frame = 0;
      // Which labels have room changes with the zoom and once nodes have moved.
      cy.on("zoom layoutstop dragfreeon", () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => fitLabels(cy));
      });
      cy.on("dragfreeon", "node", (event) =>
        latest.current.onMoved(event.target.id(), { ...event.target.position() }),
      );
      latest.current.onReady?.(cy);
      return () => {
        cancelAnimationFrame(frame);
        latest.current.onReady?.(null);
      };
    },
    // The whole view (or the path being shown) stays in sight when a panel opens or closes.
    onResize: (cy) => {
      if (cy.nodes(".path-node").nonempty()) fitPath(cy);
      else fitVisible(cy);
    },
  });

  const { elements, hidden, focus, layout, positions, selection, highlight, preset } = props;

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // A large view's instance (the page's early drawing) waits for its data.
    if (!preset && mode !== "detailed") return;
    if (preset) {
      const key = `preset|${Object.keys(preset).length}|${focus ?? ""}`;
      drawLargeView(cy, { elements, hidden, focus, preset, pinned: positions });
      // The early drawing framed the view already.
      if (adopted.current) layoutKey.current = key;
      adopted.current = false;
      if (key !== layoutKey.current || layoutKey.current === "") fitVisible(cy);
      layoutKey.current = key;
      return;
    }
    const labelled = labelledActors(elements, focus, hidden);
    const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
    const key = [layout, focus ?? "", ...[...wanted.keys()].sort()].join("|");
    const relayout = key !== layoutKey.current;
    cy.batch(() => {
      if (relayout) {
        // Rebuild in the given (id) order: layouts iterate the collection in insertion order,
        // so a view reached step by step must hold its elements exactly as a fresh load does.
        cy.elements().remove();
        cy.add(elements.map((element) => ({ group: element.group, data: { ...element.data } })));
      } else {
        for (const [id, element] of wanted) cy.getElementById(id).data(element.data);
      }
      cy.elements().forEach((element) => {
        element.toggleClass("filtered", hidden.has(element.id()));
      });
      cy.nodes().forEach((node) => {
        node.toggleClass("focus", node.id() === focus);
      });
    });
    markLabelled(cy, labelled);
    if (relayout) {
      layoutKey.current = key;
      runLayout(cy, layout, focus, positions);
    } else {
      fitVisible(cy);
    }
    // Positions are only read here when a layout runs; a drag must not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, hidden, focus, layout, preset, mode]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(":selected").unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
  }, [cyRef, selection, elements, mode]);

  const highlightKey = useRef("");
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Nothing highlighted now or before: no need to visit every element (large views).
    if (!highlight && highlightKey.current === "") return;
    const nodes = new Set(highlight?.nodes ?? []);
    const edges = new Set(highlight?.edges ?? []);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass("path-node", nodes.has(node.id()));
        node.toggleClass("dimmed", highlight != null && !nodes.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass("path-edge", edges.has(edge.id()));
        edge.toggleClass("dimmed", highlight != null && !edges.has(edge.id()));
      });
    });
    // A newly chosen path is brought into view once; after that the user's zoom stands.
    const key = highlight ? [...highlight.nodes, ...highlight.edges].join("|") : "";
    if (key !== highlightKey.current) {
      highlightKey.current = key;
      if (highlight) fitPath(cy);
    }
    // A relayout rebuilds the elements (and drops their classes) when the focus or layout changes.
  }, [cyRef, highlight, elements, focus, layout, mode]);

  return null;
}
