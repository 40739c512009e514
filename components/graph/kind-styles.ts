import type { ActorKind, EdgeFamily } from "@/lib/explorer/kinds";

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
