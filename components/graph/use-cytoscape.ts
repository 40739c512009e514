"use client";

import cytoscape, { type Core, type CytoscapeOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import { useEffect, useRef, type RefObject } from "react";

// Once for every drawing of the graph: the layout and the SVG export.
cytoscape.use(fcose);
cytoscape.use(svg);

/** The window globals through which browser tests (and curious readers, see README) reach a graph. */
export type CytoscapeGlobal = "__atlasCy" | "__atlasSummaryCy" | "__atlasConsoleCy";

declare global {
  interface Window {
    /** The explorer's Cytoscape instance. */
    __atlasCy?: Core;
    /** The large-graph summary's instance. */
    __atlasSummaryCy?: Core;
    /** The Cypher console's result graph. */
    __atlasConsoleCy?: Core;
  }
}

export interface UseCytoscapeOptions {
  /** A new value makes a new instance (some options, such as the renderer, are fixed at creation). */
  key: unknown;
  /** The instance's options, read when it is made; the hook supplies the container. */
  options: () => Omit<CytoscapeOptions, "container">;
  exposeAs: CytoscapeGlobal;
  /**
   * Called once per instance, after it is made: register event handlers here (reading props
   * through a ref, so they are never registered twice) and return what undoes anything else.
   */
  setup?: (cy: Core) => void | (() => void);
  /** After the container changed size (not when it is first measured) and Cytoscape was told. */
  onResize?: (cy: Core) => void;
  /** The element to draw in, when the caller renders it (by default the hook makes its own ref). */
  container?: RefObject<HTMLDivElement | null>;
  /**
   * An instance already drawn in the container (the explorer page's early drawing) to take
   * instead of making one; null to make one.
   */
  adopt?: (container: HTMLDivElement | null) => Core | null;
}

/**
 * Owns one Cytoscape instance drawn in the returned container: makes it on mount (and when `key`
 * changes), exposes it on `window`, follows the container's size, and destroys it on unmount.
 */
export function useCytoscape({
  key,
  exposeAs,
  container: given,
  ...callbacks
}: UseCytoscapeOptions): {
  container: RefObject<HTMLDivElement | null>;
  cy: RefObject<Core | null>;
} {
  const own = useRef<HTMLDivElement>(null);
  const container = given ?? own;
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });

  useEffect(() => {
    const adopted = latest.current.adopt?.(container.current) ?? null;
    const cy = adopted ?? cytoscape({ ...latest.current.options(), container: container.current });
    cyRef.current = cy;
    window[exposeAs] = cy;
    const undo = latest.current.setup?.(cy);
    // Cytoscape only notices window resizes, but a panel opening also resizes the canvas. The
    // observer also reports the size it starts with, which is no resize: reacting to it would
    // measure every element a second time on a large view.
    let measured = false;
    // An adopted instance may have been drawn before the page's layout settled.
    const drawnIn = container.current;
    if (
      adopted &&
      drawnIn &&
      (drawnIn.clientWidth !== cy.width() || drawnIn.clientHeight !== cy.height())
    ) {
      cy.resize();
      latest.current.onResize?.(cy);
    }
    const observer = new ResizeObserver(() => {
      if (!measured) {
        measured = true;
        return;
      }
      cy.resize();
      latest.current.onResize?.(cy);
    });
    if (container.current) observer.observe(container.current);
    return () => {
      observer.disconnect();
      undo?.();
      if (window[exposeAs] === cy) delete window[exposeAs];
      cy.destroy();
      cyRef.current = null;
    };
  }, [key, exposeAs, container]);

  return { container, cy: cyRef };
}
