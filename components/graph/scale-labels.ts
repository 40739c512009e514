import type { Core } from "cytoscape";
import { LABELLED_TOP, pickUnoverlapped, type LabelBox } from "@/lib/explorer/labelled-actors";

/** The on-screen size of an always-shown label when zoomed out, in CSS pixels. */
const SCREEN_FONT_PX = 13;
const BASE_FONT = 15;
const BASE_MAX_WIDTH = 140;
/** Average glyph width of the label font, as a share of its size (bold system-ui). */
const GLYPH_EM = 0.62;
const CANDIDATES = "atlasLabelCandidates";

/**
 * Remembers which actors may be named at every zoom (focus first, then by size) and names those
 * of them whose labels have room at the current zoom.
 */
export function markLabelled(cy: Core, candidates: readonly string[]) {
  cy.scratch(CANDIDATES, candidates);
  fitLabels(cy);
}

/**
 * Zoomed out, a label in graph units shrinks below reading size: the few always-labelled nodes
 * get a font that stays about 13 px on screen (a bypass on a dozen nodes, not a restyle of all),
 * and those whose label would fall on a larger actor's wait for the zoom like the rest.
 */
export function fitLabels(cy: Core) {
  const candidates = (cy.scratch(CANDIDATES) as string[] | undefined) ?? [];
  const zoom = cy.zoom();
  const size = Math.max(BASE_FONT, SCREEN_FONT_PX / zoom);
  const font = size * zoom;
  const maxWidth = ((BASE_MAX_WIDTH * size) / BASE_FONT) * zoom;
  const boxes: LabelBox[] = [];
  for (const id of candidates) {
    const node = cy.getElementById(id);
    if (node.empty() || node.hasClass("filtered")) continue;
    const { x, y } = node.renderedPosition();
    const text = String(node.data("label") ?? "").length * font * GLYPH_EM;
    const width = Math.min(text, maxWidth) + 6;
    const lines = Math.ceil(text / maxWidth);
    const top = y + node.renderedHeight() / 2;
    boxes.push({
      id,
      left: x - width / 2,
      right: x + width / 2,
      top,
      bottom: top + lines * font * 1.3 + 6,
    });
  }
  const picked = new Set(pickUnoverlapped(boxes, LABELLED_TOP + 1));
  cy.batch(() => {
    cy.nodes(".labelled")
      .filter((node) => !picked.has(node.id()))
      .removeClass("labelled")
      .removeStyle("font-size text-max-width");
    for (const id of picked) {
      cy.getElementById(id)
        .addClass("labelled")
        .style({ "font-size": size, "text-max-width": `${(BASE_MAX_WIDTH * size) / BASE_FONT}px` });
    }
  });
}
