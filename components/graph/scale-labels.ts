import type { Core } from "cytoscape";

/** The on-screen size of an always-shown label when zoomed out, in CSS pixels. */
const SCREEN_FONT_PX = 13;
const BASE_FONT = 15;
const BASE_MAX_WIDTH = 140;

/**
 * Gives the `labelled` class to exactly `ids` (the stylesheet draws their labels at any zoom)
 * and sizes their labels for the current zoom.
 */
export function markLabelled(cy: Core, ids: ReadonlySet<string>) {
  cy.batch(() => {
    cy.nodes(".labelled")
      .filter((node) => !ids.has(node.id()))
      .removeClass("labelled")
      .removeStyle("font-size text-max-width");
    for (const id of ids) cy.getElementById(id).addClass("labelled");
  });
  fitLabels(cy);
}

/**
 * Zoomed out, a label in graph units shrinks below reading size: the few always-labelled nodes
 * get a font that stays about 13 px on screen (a bypass on a dozen nodes, not a restyle of all).
 */
export function fitLabels(cy: Core) {
  const size = Math.max(BASE_FONT, SCREEN_FONT_PX / cy.zoom());
  cy.nodes(".labelled").style({
    "font-size": size,
    "text-max-width": `${(BASE_MAX_WIDTH * size) / BASE_FONT}px`,
  });
}
