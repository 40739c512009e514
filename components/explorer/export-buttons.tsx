"use client";

import type { Core } from "cytoscape";
import { exportHref } from "@/lib/explorer/export-links";
import type { ViewState } from "@/lib/explorer/view-state";

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

type SvgCore = Core & { svg: (options: { full: boolean; scale: number; bg: string }) => string };

export interface ExportButtonsProps {
  getCy: () => Core | null;
  state: ViewState;
}

export function ExportButtons({ getCy, state }: ExportButtonsProps) {
  const run = (kind: "png" | "svg" | "json") => {
    const cy = getCy();
    if (!cy) return;
    if (kind === "png") {
      download(
        "influence-atlas.png",
        cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }),
      );
    } else if (kind === "svg") {
      const svg = (cy as SvgCore).svg({ full: true, scale: 1, bg: "#ffffff" });
      download("influence-atlas.svg", new Blob([svg], { type: "image/svg+xml" }));
    } else {
      // What is on screen: the elements the filters leave visible, with their positions.
      const visible = cy.elements().not(".filtered");
      const json = JSON.stringify({ elements: visible.jsons() }, null, 2);
      download("influence-atlas.json", new Blob([json], { type: "application/json" }));
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export the current view">
      <span className="toolbar-label">Export</span>
      <button type="button" className="small-button" onClick={() => run("png")}>
        PNG
      </button>
      <button type="button" className="small-button" onClick={() => run("svg")}>
        SVG
      </button>
      <button type="button" className="small-button" onClick={() => run("json")}>
        JSON
      </button>
      <details className="toolbar-menu">
        <summary className="small-button">Data…</summary>
        <div className="toolbar-menu-body">
          <p className="toolbar-menu-note">
            The actors and relationships of this focus and these filters, with their passages
            {state.expanded.length > 0 ? " (expanded neighbours are not included)" : ""}.
          </p>
          <ul>
            <li>
              <a href={exportHref(state, "markdown")} download>
                Citation list (Markdown)
              </a>
            </li>
            <li>
              <a href={exportHref(state, "graphml")} download>
                GraphML (Gephi, Cytoscape)
              </a>
            </li>
            <li>
              <a href={exportHref(state, "csv", "nodes")} download>
                CSV: actors
              </a>
            </li>
            <li>
              <a href={exportHref(state, "csv", "edges")} download>
                CSV: relationships
              </a>
            </li>
            <li>
              <a href={exportHref(state, "json")} download>
                JSON with citations
              </a>
            </li>
          </ul>
        </div>
      </details>
    </div>
  );
}
