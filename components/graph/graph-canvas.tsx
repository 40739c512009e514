"use client";

import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import { useEffect, useRef } from "react";
import { GRAPH_STYLESHEET } from "@/components/graph/graph-stylesheet";
import { fitPath, fitVisible, runLayout, type LayoutName } from "@/components/graph/graph-layouts";
import { renderModeFor, rendererOptions } from "@/components/graph/graph-renderer";
import { LARGE_VIEW_STYLESHEET } from "@/components/graph/large-view-style";
import { syncLargeView } from "@/components/graph/sync-large-view";
import type { Positions } from "@/lib/layout/force-layout";
import type { Position, Selection } from "@/lib/explorer/view-state";

cytoscape.use(fcose);
cytoscape.use(svg);

declare global {
  interface Window {
    /** The explorer's Cytoscape instance, for browser tests and curious readers (see README). */
    __atlasCy?: Core;
  }
}

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
}

/** The Cytoscape canvas. It owns one instance and keeps it in step with its props. */
export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  const layoutKey = useRef("");
  useEffect(() => {
    latest.current = props;
  });
  // The renderer is fixed when an instance is made, so a change of mode makes a new instance.
  const mode = renderModeFor(Boolean(props.preset));

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: mode === "detailed" ? GRAPH_STYLESHEET : LARGE_VIEW_STYLESHEET,
      boxSelectionEnabled: false,
      ...rendererOptions(mode),
    });
    cyRef.current = cy;
    // A new instance starts empty (StrictMode and Fast Refresh remount), so the next sync must
    // add everything and lay it out.
    layoutKey.current = "";
    window.__atlasCy = cy;
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
    cy.on("dragfreeon", "node", (event) =>
      latest.current.onMoved(event.target.id(), { ...event.target.position() }),
    );
    latest.current.onReady?.(cy);
    // Cytoscape only notices window resizes; the panel opening also changes the canvas size,
    // and the whole view (or the path being shown) should stay in sight when it does.
    // The observer also reports the size it starts with, which is no resize: fitting then would
    // measure every element a second time on a large view.
    let size = "";
    const observer = new ResizeObserver(([entry]) => {
      const next = `${entry?.contentRect.width}x${entry?.contentRect.height}`;
      const first = size === "";
      size = next;
      if (first) return;
      cy.resize();
      if (cy.nodes(".path-node").nonempty()) fitPath(cy);
      else fitVisible(cy);
    });
    if (container.current) observer.observe(container.current);
    return () => {
      observer.disconnect();
      latest.current.onReady?.(null);
      if (window.__atlasCy === cy) delete window.__atlasCy;
      cy.destroy();
      cyRef.current = null;
    };
  }, [mode]);

  const { elements, hidden, focus, layout, positions, selection, highlight, preset } = props;

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (preset) {
      const key = `preset|${Object.keys(preset).length}|${focus ?? ""}`;
      syncLargeView(cy, { elements, hidden, focus, preset, pinned: positions });
      if (key !== layoutKey.current || layoutKey.current === "") fitVisible(cy);
      layoutKey.current = key;
      return;
    }
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
  }, [selection, elements, mode]);

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
  }, [highlight, elements, focus, layout, mode]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      // The keyboard wrapper and the list view speak for the canvas.
      aria-hidden="true"
      data-testid="graph-canvas"
    />
  );
}
