import type { CsvTable, ExportFormat } from "@/lib/api/params/export";
import type { ViewState } from "@/lib/explorer/view-state";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";

/**
 * The /api/graph parameters of an explorer view: its focus, depth and filters. Layout,
 * selection, positions and expansions shape the screen, not the data, and stay out.
 */
export function viewGraphParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.focus) {
    params.set("focus", state.focus);
    params.set("depth", String(state.depth));
  }
  if (state.families.length > 0 && state.families.length < EDGE_FAMILIES.length) {
    params.set("families", state.families.join(","));
  }
  if (state.kinds.length > 0 && state.kinds.length < ACTOR_KINDS.length) {
    params.set("kinds", state.kinds.join(","));
  }
  if (state.minWeight > 1) params.set("minWeight", String(state.minWeight));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  // The explorer keeps undated relationships in a date range unless told not to; so does the export.
  if ((state.from || state.to) && state.undated) params.set("undated", "true");
  return params;
}

export function exportHref(state: ViewState, format: ExportFormat, table?: CsvTable): string {
  const params = new URLSearchParams({ format });
  if (table) params.set("table", table);
  for (const [key, value] of viewGraphParams(state)) params.set(key, value);
  return `/api/export?${params}`;
}

/** The same for the paths between two actors, from /api/paths' own query string. */
export function pathsExportHref(
  pathsQuery: URLSearchParams,
  format: ExportFormat,
  table?: CsvTable,
): string {
  const params = new URLSearchParams({ format, analysis: "paths" });
  if (table) params.set("table", table);
  for (const [key, value] of pathsQuery) params.set(key, value);
  return `/api/export?${params}`;
}
