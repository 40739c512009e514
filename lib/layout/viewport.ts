/** A node as the viewport sees it: its centre and its width (nodes are as tall as wide). */
export interface PlacedNode {
  x: number;
  y: number;
  size: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface ViewportBox {
  width: number;
  height: number;
  /** Free space kept around the drawing on screen, px. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The zoom and pan that frame `nodes` in a canvas of the given size — what Cytoscape's `fit`
 * gives, from positions and sizes alone. `cy.fit` measures every element's bounding box first,
 * labels and edges included (about a second for 10,000 elements on the reference machine); in a
 * large view labels are hidden at that zoom and straight edges lie between their nodes, so the
 * nodes' own extent is the drawing's. Null when there is nothing to frame.
 */
export function viewportFor(nodes: Iterable<PlacedNode>, box: ViewportBox): Viewport | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y, size } of nodes) {
    const half = size / 2;
    minX = Math.min(minX, x - half);
    minY = Math.min(minY, y - half);
    maxX = Math.max(maxX, x + half);
    maxY = Math.max(maxY, y + half);
  }
  if (minX === Infinity) return null;
  const width = Math.max(maxX - minX, 1);
  const height = Math.max(maxY - minY, 1);
  const room = (length: number) => Math.max(length - 2 * box.padding, 1);
  const fitted = Math.min(room(box.width) / width, room(box.height) / height);
  const zoom = Math.min(box.maxZoom, Math.max(box.minZoom, fitted));
  return {
    zoom,
    pan: {
      x: (box.width - zoom * (minX + maxX)) / 2,
      y: (box.height - zoom * (minY + maxY)) / 2,
    },
  };
}
