"use client";

import type { UpdateView } from "@/components/explorer/use-view-state";
import { CLOSED_PATHS, openPaths } from "@/lib/explorer/path-view";
import type { ViewState } from "@/lib/explorer/view-state";

/** Opens and closes the path finder beside the graph. */
export function PathsToggle({ state, update }: { state: ViewState; update: UpdateView }) {
  const open = state.tool === "paths";
  return (
    <div className="toolbar-group">
      <button
        type="button"
        aria-pressed={open}
        onClick={() => update(open ? CLOSED_PATHS : openPaths(state))}
      >
        Find paths
      </button>
    </div>
  );
}
