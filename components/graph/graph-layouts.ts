import type { Core, LayoutOptions, NodeSingular } from "cytoscape";
import { hashString, withSeededRandom } from "@/lib/random/seeded-random";
import { LARGE_VIEW_ELEMENTS } from "@/lib/layout/budget";
import { viewportFor } from "@/lib/layout/viewport";

export const LAYOUT_NAMES = ["fcose", "concentric", "breadthfirst"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: "Force-directed",
  concentric: "Concentric by influence",
  breadthfirst: "Tree from focus",
};

// Concentric and breadthfirst otherwise fit themselves to the current viewport, which would
// make the result depend on where the user had panned; a fixed box keeps them reproducible.
const LAYOUT_BOX = { x1: 0, y1: 0, w: 1200, h: 900 };

function layoutOptions(name: LayoutName, root: string | null): LayoutOptions {
  switch (name) {
    case "fcose":
      return {
        name: "fcose",
        quality: "proof",
        randomize: true,
        animate: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        padding: 30,
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        concentric: (node: NodeSingular) => Number(node.data("influence") ?? 0),
        levelWidth: () => 2,
        minNodeSpacing: 40,
        boundingBox: LAYOUT_BOX,
        animate: false,
        padding: 30,
      } as LayoutOptions;
    case "breadthfirst":
      return {
        name: "breadthfirst",
        directed: false,
        roots: root ? [root] : undefined,
        spacingFactor: 1.1,
        boundingBox: LAYOUT_BOX,
        animate: false,
        padding: 30,
      } as LayoutOptions;
  }
}

/**
 * Lays out every loaded element, hidden ones included, so that changing a filter never moves a node. Elements are sorted by id and Math.random is seeded from the
 * element set, so the same view lands in the same place on every reload. Nodes the user dragged
 * (`pinned`) go back to where they were put.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  root: string | null,
  pinned: Record<string, { x: number; y: number }>,
): void {
  const all = cy.elements();
  const nodes = all.nodes().sort((a, b) => (a.id() < b.id() ? -1 : 1));
  // A fixed circle as the starting point: the layout depends only on the ids, not on history.
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(nodes.length, 1);
    node.position({ x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) });
  });
  const seed = hashString(nodes.map((node) => node.id()).join("|") + name);
  if (nodes.length > 0) {
    const root0 = root && cy.getElementById(root).nonempty() ? `#${CSS.escape(root)}` : null;
    withSeededRandom(seed, () => all.layout(layoutOptions(name, root0)).run());
  }
  cy.batch(() => {
    for (const [id, position] of Object.entries(pinned)) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.position(position);
    }
  });
  fitVisible(cy);
}

const FIT_PADDING = 30;

/**
 * Frames the visible elements (all of them when a filter hides everything). A large view is
 * framed from its nodes' positions and sizes (see lib/layout/viewport): `cy.fit` would first
 * measure every label and edge, which takes about a second at 10,000 elements.
 */
export function fitVisible(cy: Core): void {
  const visible = cy.elements().not(".filtered");
  const shown = visible.nonempty() ? visible : cy.elements();
  if (cy.elements().length <= LARGE_VIEW_ELEMENTS) {
    cy.fit(shown, FIT_PADDING);
    return;
  }
  const viewport = viewportFor(
    shown.nodes().map((node) => ({ ...node.position(), size: Number(node.data("size") ?? 30) })),
    {
      width: cy.width(),
      height: cy.height(),
      padding: FIT_PADDING,
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
    },
  );
  if (viewport) cy.viewport(viewport);
}

const PATH_MAX_ZOOM = 1;

/** Frames the highlighted path, without zooming in so far that its surroundings disappear. */
export function fitPath(cy: Core): void {
  const path = cy.elements(".path-node, .path-edge");
  if (path.empty()) return;
  cy.fit(path, 90);
  if (cy.zoom() > PATH_MAX_ZOOM) {
    cy.zoom({ level: PATH_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center(path);
  }
}
