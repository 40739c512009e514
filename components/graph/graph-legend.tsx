import { FAMILY_STYLES, KIND_STYLES, type NodeShape } from "@/components/graph/palette";
import { ACTOR_KINDS, ACTOR_KIND_NAMES } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES, FAMILY_NAMES } from "@/lib/domain/relationship-families";

// Outlines drawn in a 20×20 box, matching Cytoscape's node shapes closely enough to be recognised.
const SHAPE_PATHS: Record<NodeShape, string> = {
  ellipse: "M10 2a8 8 0 1 0 0.01 0Z",
  "round-rectangle": "M5 3h10a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Z",
  hexagon: "M6 2h8l4 8-4 8H6l-4-8Z",
  diamond: "M10 1l9 9-9 9-9-9Z",
  octagon: "M7 2h6l5 5v6l-5 5H7l-5-5V7Z",
  triangle: "M10 2l8.5 16h-17Z",
  star: "M10 1l2.6 6 6.4.6-4.9 4.3 1.5 6.3L10 15l-5.6 3.2 1.5-6.3L1 7.6 7.4 7Z",
  "round-tag": "M3 4h10l5 6-5 6H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Z",
};

export interface GraphLegendProps {
  /** What fills the nodes; with communities, the kinds are told apart by shape alone. */
  colorBy?: "kind" | "community";
  /** What node size shows. */
  sizeLabel?: string;
}

export function GraphLegend({
  colorBy = "kind",
  sizeLabel = "influence exerted",
}: GraphLegendProps = {}) {
  return (
    <section className="graph-legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
              <path
                d={SHAPE_PATHS[KIND_STYLES[kind].shape]}
                fill={colorBy === "kind" ? KIND_STYLES[kind].color : "#ffffff"}
                stroke="#1b1f24"
                strokeWidth="1.2"
              />
            </svg>
            {ACTOR_KIND_NAMES[kind]}
          </li>
        ))}
        {EDGE_FAMILIES.map((family) => (
          <li key={family}>
            <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
              <line
                x1="1"
                y1="6"
                x2="23"
                y2="6"
                stroke={FAMILY_STYLES[family].color}
                strokeWidth={family === "membership" ? 1.5 : 2.5}
                strokeDasharray={
                  FAMILY_STYLES[family].line === "dashed"
                    ? "5 3"
                    : FAMILY_STYLES[family].line === "dotted"
                      ? "1.5 2"
                      : undefined
                }
              />
              <path d="M23 2l6 4-6 4Z" fill={FAMILY_STYLES[family].color} />
            </svg>
            {FAMILY_NAMES[family]} ({FAMILY_STYLES[family].line})
          </li>
        ))}
        <li>
          <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
            <line x1="1" y1="4" x2="23" y2="4" stroke="#1b1f24" strokeWidth="1.5" />
            <line x1="1" y1="8" x2="23" y2="8" stroke="#1b1f24" strokeWidth="1.5" />
            <path d="M23 2l6 4-6 4Z" fill="#1b1f24" />
          </svg>
          Contested (double line)
        </li>
        <li className="graph-legend-note">Node size: {sizeLabel}. Line width: strength (1–3).</li>
      </ul>
    </section>
  );
}
