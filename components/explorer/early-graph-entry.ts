/**
 * The explorer page's early drawing of a large view, built on its own into public/graph-early.js
 * (scripts/lib/build-bundles.mjs) and loaded by the page's inline script
 * (components/explorer/early-view.ts): as soon as the view's answer and this script are here,
 * it draws the view in the server-rendered graph element exactly as the explorer's canvas would
 * (the same element mapping, stylesheet, renderer options and sync), so that the graph is on
 * screen, and can be panned and zoomed, while Next.js and React are still loading and hydrating.
 * The canvas then adopts the instance (components/graph/early-graph.ts) instead of drawing it
 * again. Small views (laid out in the tab) and views that need more than the first answer are
 * left to the explorer.
 */
import cytoscape from "cytoscape";
import svg from "cytoscape-svg";
import { EARLY_DRAW_GLOBAL } from "@/components/explorer/early-view";
import { nodeEncoding } from "@/components/explorer/node-encoding";
import { EARLY_TAP, GRAPH_HOST_ID, type EarlyGraph } from "@/components/graph/early-graph";
import { drawLargeView, explorerCanvasOptions } from "@/components/graph/explorer-canvas";
import { fitVisible } from "@/components/graph/graph-layouts";
import { renderModeFor } from "@/components/graph/graph-renderer";
import { applyFilters } from "@/lib/explorer/apply-filters";
import type { GraphData } from "@/lib/explorer/graph-types";
import { influenceScores } from "@/lib/explorer/influence";
import { toElements } from "@/lib/explorer/to-elements";

// The explorer's export draws SVG from whichever instance it has. (fcose is not needed: a large
// view is never laid out in the tab, and a smaller one makes a new instance of the app's own.)
cytoscape.use(svg);

/** Once the document is parsed and its stylesheets applied, so the graph element has its size. */
function whenStyled(): Promise<void> {
  const parsed =
    document.readyState === "loading"
      ? new Promise<void>((resolve) =>
          document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }),
        )
      : Promise.resolve();
  return parsed.then(() =>
    Promise.all(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
        .filter((link) => !link.sheet)
        .map(
          (link) =>
            new Promise<void>((resolve) => {
              link.addEventListener("load", () => resolve(), { once: true });
              link.addEventListener("error", () => resolve(), { once: true });
            }),
        ),
    ).then(() => undefined),
  );
}

async function drawEarly(): Promise<void> {
  const early = await window[EARLY_DRAW_GLOBAL];
  delete window[EARLY_DRAW_GLOBAL];
  if (!early) return;
  const { draw, view } = early;
  await whenStyled();
  const container = document.getElementById(GRAPH_HOST_ID);
  // The canvas got here first, or the graph is not on screen: the explorer draws it.
  if (window.__atlasEarlyGraph || !container || container.clientWidth === 0) return;

  const mode = renderModeFor(true);
  const cy = cytoscape({ ...explorerCanvasOptions(mode), container });
  const graph: GraphData = { nodes: view.nodes, edges: view.edges, truncated: view.truncated };
  const elements = toElements(
    graph,
    influenceScores(graph),
    nodeEncoding(draw.sizeBy, "kind", graph, null),
  );
  const { hidden } = applyFilters(graph, draw.filters, draw.focus);
  drawLargeView(cy, {
    elements,
    hidden,
    focus: draw.focus,
    preset: view.positions,
    pinned: draw.pinned,
  });
  fitVisible(cy);
  const handover: EarlyGraph = { cy, mode };
  cy.on(EARLY_TAP, "node, edge", (event) => {
    const target = event.target as cytoscape.SingularElementReturnValue;
    handover.tapped = { type: target.isNode() ? "node" : "edge", id: target.id() };
  });
  cy.on(EARLY_TAP, (event) => {
    if (event.target === cy) handover.tapped = undefined;
  });
  window.__atlasEarlyGraph = handover;
  window.__atlasCy = cy;
}

// Whatever goes wrong here, the explorer draws the view itself.
drawEarly().catch(() => undefined);
