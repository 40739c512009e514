"use client";

import { DateRange } from "@/components/explorer/date-range";
import type { FilterResult } from "@/lib/explorer/apply-filters";
import type { DateTick } from "@/lib/explorer/date-ticks";
import {
  CLEAR_FILTERS,
  HOSTILITY_ONLY,
  toggleFamily,
  toggleKind,
} from "@/lib/explorer/view-changes";
import { summaryShown } from "@/lib/explorer/view-note";
import type { ViewState } from "@/lib/explorer/view-state";
import type { GraphSummary } from "@/lib/summary/types";
import type { UpdateView } from "@/components/explorer/use-view-state";
import { ACTOR_KINDS, ACTOR_KIND_NAMES } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES, FAMILY_NAMES } from "@/lib/domain/relationship-families";

export interface FilterPanelProps {
  state: ViewState;
  update: UpdateView;
  result: FilterResult;
  ticks: DateTick[];
  /** The communities summary the explorer shows instead of actors, when it does. */
  summary: GraphSummary | null;
}

export function FilterPanel({ state, update, result, ticks, summary }: FilterPanelProps) {
  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <p className="filter-counts" role="status" aria-live="polite" data-testid="filter-counts">
        {summary ? (
          <>
            {summaryShown(summary.communities.length, summary.totals)}; the filters apply once a
            part of the graph is open.
          </>
        ) : (
          <>
            Showing <strong>{result.nodes.shown}</strong> actors and{" "}
            <strong>{result.edges.shown}</strong> links; hiding {result.nodes.hidden} actors and{" "}
            {result.edges.hidden} links.
          </>
        )}
      </p>
      <fieldset>
        <legend>Relationships</legend>
        {EDGE_FAMILIES.map((family) => (
          <label key={family} className="check">
            <input
              type="checkbox"
              checked={state.families.includes(family)}
              onChange={(event) => update(toggleFamily(family, event.target.checked))}
            />
            {FAMILY_NAMES[family]}
          </label>
        ))}
        <button
          type="button"
          className="small-button"
          onClick={() => update(HOSTILITY_ONLY)}
          aria-pressed={state.families.length === 1 && state.families[0] === "hostility"}
        >
          Hostility only
        </button>
      </fieldset>
      <fieldset>
        <legend>Actor kinds</legend>
        {ACTOR_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={state.kinds.includes(kind)}
              onChange={(event) => update(toggleKind(kind, event.target.checked))}
            />
            {ACTOR_KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Minimum strength</legend>
        <select
          aria-label="Minimum strength"
          value={state.minWeight}
          onChange={(event) => update({ minWeight: Number(event.target.value) as 1 | 2 | 3 })}
        >
          <option value={1}>1 – all</option>
          <option value={2}>2 – moderate and strong</option>
          <option value={3}>3 – strong only</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <DateRange
          ticks={ticks}
          from={state.from}
          to={state.to}
          onChange={(range) => update(range)}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={state.undated}
            onChange={(event) => update({ undated: event.target.checked })}
          />
          Include undated relationships
        </label>
      </fieldset>
      <button type="button" onClick={() => update(CLEAR_FILTERS)}>
        Clear filters
      </button>
    </section>
  );
}
