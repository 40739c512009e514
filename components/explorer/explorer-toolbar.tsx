"use client";

import type { Core } from "cytoscape";
import { ActorSearch } from "@/components/explorer/actor-search";
import { ExportButtons } from "@/components/explorer/export-buttons";
import { PathsToggle } from "@/components/explorer/paths-toggle";
import { SavedViews } from "@/components/explorer/saved-views";
import type { UpdateView } from "@/components/explorer/use-view-state";
import { LAYOUT_LABELS, LAYOUT_NAMES } from "@/components/graph/graph-layouts";
import type { ActorSummary } from "@/lib/graph/types";
import type { Layout, ViewState } from "@/lib/explorer/view-state";

export interface ExplorerToolbarProps {
  state: ViewState;
  update: UpdateView;
  focusName: string | null;
  onChoose: (actor: ActorSummary) => void;
  onReset: () => void;
  onFit: () => void;
  getCy: () => Core | null;
}

export function ExplorerToolbar({ state, update, focusName, ...props }: ExplorerToolbarProps) {
  return (
    <div className="explorer-toolbar">
      <ActorSearch onChoose={props.onChoose} />
      <PathsToggle state={state} update={update} />
      <div className="toolbar-group">
        <label>
          Depth
          <select
            value={state.depth}
            disabled={!state.focus}
            onChange={(event) => update({ depth: Number(event.target.value) as 1 | 2 | 3 })}
          >
            <option value={1}>1 step</option>
            <option value={2}>2 steps</option>
            <option value={3}>3 steps</option>
          </select>
        </label>
        <label>
          Layout
          <select
            value={state.layout}
            onChange={(event) => update({ layout: event.target.value as Layout })}
          >
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {LAYOUT_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={props.onReset}
          disabled={
            !state.focus && state.expanded.length === 0 && Object.keys(state.positions).length === 0
          }
        >
          Reset
        </button>
        <button type="button" onClick={props.onFit} disabled={state.view !== "graph"}>
          Fit
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="View as">
        <button
          type="button"
          aria-pressed={state.view === "graph"}
          onClick={() => update({ view: "graph" })}
        >
          Graph
        </button>
        <button
          type="button"
          aria-pressed={state.view === "list"}
          onClick={() => update({ view: "list" })}
        >
          List
        </button>
      </div>
      <ExportButtons getCy={props.getCy} state={state} />
      <SavedViews state={state} />
      <p className="focus-note" aria-live="polite">
        {focusName ? (
          <>
            Focused on <strong>{focusName}</strong>, {state.depth} step{state.depth > 1 ? "s" : ""}{" "}
            out
          </>
        ) : (
          "Whole graph"
        )}
      </p>
    </div>
  );
}
