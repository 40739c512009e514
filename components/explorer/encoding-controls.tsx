"use client";

import Link from "next/link";
import type { RankingsResponse } from "@/components/explorer/use-research";
import type { JsonState } from "@/components/explorer/use-json";
import type { UpdateView } from "@/components/explorer/use-view-state";
import { communityColor } from "@/components/graph/palette";
import {
  communityGroups,
  formatMetric,
  SIZE_METRIC_INFO,
  SIZE_METRICS,
  sizeLegend,
  type ColorMode,
  type SizeMetric,
} from "@/lib/explorer/encoding";
import type { ViewState } from "@/lib/explorer/view-state";

export interface EncodingControlsProps {
  state: ViewState;
  update: UpdateView;
  rankings: JsonState<RankingsResponse> | null;
}

const SHOWN_MEMBERS = 3;

/** "Size by" and "Colour by", with a legend saying what the sizes and colours mean. */
export function EncodingControls({ state, update, rankings }: EncodingControlsProps) {
  const ranked = rankings?.status === "ready" ? rankings.data.actors : null;
  const size = sizeLegend(state.sizeBy, ranked);
  return (
    <section className="encoding-controls" aria-labelledby="encoding-heading">
      <h2 id="encoding-heading">Size and colour</h2>
      <label className="stacked">
        Size by
        <select
          value={state.sizeBy}
          onChange={(event) => update({ sizeBy: event.target.value as SizeMetric })}
        >
          {SIZE_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {SIZE_METRIC_INFO[metric].label}
            </option>
          ))}
        </select>
      </label>
      <label className="stacked">
        Colour by
        <select
          value={state.colorBy}
          onChange={(event) => update({ colorBy: event.target.value as ColorMode })}
        >
          <option value="kind">Kind of actor</option>
          <option value="community">Community</option>
        </select>
      </label>
      {rankings?.status === "loading" && <p aria-live="polite">Loading the rankings…</p>}
      {rankings?.status === "error" && (
        <p role="alert" className="explorer-error">
          Could not load the rankings: {rankings.message}
        </p>
      )}
      <div className="encoding-legend" data-testid="encoding-legend">
        {state.sizeBy !== "none" && (
          <p>
            <strong>Size: {size.label}.</strong> {size.explain} Area grows with the value.
          </p>
        )}
        {size.top.length > 0 && <p className="muted">Largest:</p>}
        {size.top.length > 0 && (
          <ul className="size-examples" aria-label="Largest nodes">
            {size.top.map((actor) => (
              <li key={actor.id}>
                <svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true">
                  <circle
                    cx="15"
                    cy="15"
                    r={(14 * actor.size) / 84}
                    fill="#d8dee4"
                    stroke="#1b1f24"
                  />
                </svg>
                {actor.name} ({formatMetric(state.sizeBy, actor.value)})
              </li>
            ))}
          </ul>
        )}
        {state.colorBy === "community" && ranked && (
          <>
            <p>
              <strong>Colour: community.</strong> Clusters of actors tied by influence (Louvain);
              shapes still show the kind.
            </p>
            <ul className="community-legend" aria-label="Communities">
              {communityGroups(ranked).map((group) => (
                <li key={group.community ?? "none"}>
                  <span
                    className="swatch"
                    style={{ background: communityColor(group.community) }}
                    aria-hidden="true"
                  />
                  <span>
                    {group.community === null
                      ? `No influence tie (${group.members.length})`
                      : `Community ${group.community} (${group.members.length}): `}
                    {group.community !== null &&
                      group.members
                        .slice(0, SHOWN_MEMBERS)
                        .map((member) => member.name)
                        .join(", ")}
                    {group.community !== null && group.members.length > SHOWN_MEMBERS && "…"}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {(SIZE_METRIC_INFO[state.sizeBy].fromRankings || state.colorBy === "community") && (
          <p>
            <Link href="/analysis#rankings-heading">
              Every actor’s numbers on the Analysis page
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}
