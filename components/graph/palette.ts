import { communitySlot } from "@/lib/explorer/encoding";
import { type ActorKind } from "@/lib/domain/actor-kinds";
import { type EdgeFamily } from "@/lib/domain/relationship-families";

/**
 * The atlas's colours and shapes, for every drawing of the graph (the explorer, its summary, the
 * console's result graph) and its legend.
 */

/** Outlines, text and the selection. */
export const INK = "#1b1f24";
export const SELECTED = "#000000";
export const LABEL_BACKGROUND = "#ffffff";

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), and a distinct shape per kind
 * so that no kind is told apart by colour alone. The legend draws the same shapes.
 */
export const KIND_STYLES: Record<ActorKind, { color: string; shape: NodeShape }> = {
  person: { color: "#E69F00", shape: "ellipse" },
  state: { color: "#0072B2", shape: "round-rectangle" },
  "government-body": { color: "#56B4E9", shape: "hexagon" },
  military: { color: "#009E73", shape: "diamond" },
  organisation: { color: "#CC79A7", shape: "octagon" },
  "armed-group": { color: "#D55E00", shape: "triangle" },
  "political-movement": { color: "#F0E442", shape: "star" },
  community: { color: "#999999", shape: "round-tag" },
};

export type NodeShape =
  | "ellipse"
  | "round-rectangle"
  | "hexagon"
  | "diamond"
  | "octagon"
  | "triangle"
  | "star"
  | "round-tag";

export const FAMILY_STYLES: Record<
  EdgeFamily,
  { color: string; line: "solid" | "dashed" | "dotted" }
> = {
  influence: { color: "#0072B2", line: "solid" },
  hostility: { color: "#D55E00", line: "dashed" },
  membership: { color: "#9AA4AE", line: "dotted" },
};

/**
 * Community colours: Paul Tol's "muted" qualitative scheme, distinguishable with the common
 * colour-vision deficiencies and different from the kind colours, so the two encodings are not
 * mistaken for each other. Actors outside any community are drawn in pale grey.
 */
export const COMMUNITY_COLORS = [
  "#CC6677",
  "#332288",
  "#DDCC77",
  "#117733",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
] as const;
export const NO_COMMUNITY_COLOR = "#E4E7EB";

/**
 * A contested relationship (a claim disputes it, or a rival tie overlaps it) is drawn with a double
 * line, wider, in its family's colour: a shape of its own, since dashed and dotted are taken.
 */
export const CONTESTED_LINE = "double";

/** The halo behind a highlighted path. */
export const PATH_HALO = "#FFD84D";

export function communityColor(community: number | null | undefined): string {
  const slot = communitySlot(community, COMMUNITY_COLORS.length);
  return slot < 0 ? NO_COMMUNITY_COLOR : (COMMUNITY_COLORS[slot] ?? NO_COMMUNITY_COLOR);
}
