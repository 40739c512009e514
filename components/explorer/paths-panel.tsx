"use client";

import { ActorSearch } from "@/components/explorer/actor-search";
import { PathDetails } from "@/components/explorer/path-details";
import type { PathsState } from "@/components/explorer/use-research";
import type { UpdateView } from "@/components/explorer/use-view-state";
import { MAX_HOPS, MAX_PATHS } from "@/lib/api/params/paths";
import { pathChain } from "@/lib/analysis/path-text";
import { CLOSED_PATHS } from "@/lib/explorer/path-view";
import type { ViewState } from "@/lib/explorer/view-state";
import { FAMILY_NAMES, RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

export interface PathsPanelProps {
  state: ViewState;
  update: UpdateView;
  paths: PathsState;
  nameOf: (actorId: string) => string;
  onSelectActor: (actorId: string) => void;
  onFitPath: () => void;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The path finder beside the graph: two actors and options in, cited paths out. */
export function PathsPanel({ state, update, paths, nameOf, ...on }: PathsPanelProps) {
  const { pathFrom, pathTo, pathFamilies } = state;
  const answer = paths.answer;
  const found = answer?.status === "ready" ? answer.data.paths : [];
  const shown = Math.min(state.pathIndex, Math.max(0, found.length - 1));
  const fromName = pathFrom ? nameOf(pathFrom) : "";
  const toName = pathTo ? nameOf(pathTo) : "";
  // A new question starts from its first answer.
  const ask = (patch: Partial<ViewState>) => update({ ...patch, pathIndex: 0 });

  return (
    <aside className="detail-panel paths-panel" aria-labelledby="paths-heading">
      <button
        type="button"
        className="panel-close"
        onClick={() => update(CLOSED_PATHS)}
        aria-label="Close the path finder"
      >
        ×
      </button>
      <h2 id="paths-heading">Paths between two actors</h2>
      <p className="muted">
        The shortest chains of influence and hostility linking two actors, each step with the
        passages it rests on. The chosen path is highlighted on the graph.
      </p>
      <div className="path-form" role="group" aria-label="Path finder">
        <ActorSearch
          key={`from|${pathFrom}|${fromName}`}
          label="From"
          placeholder="Where the chain starts, e.g. Iran"
          initialQuery={fromName}
          onChoose={(actor) => ask({ pathFrom: actor.id })}
        />
        <button
          type="button"
          className="small-button path-swap"
          disabled={!pathFrom && !pathTo}
          onClick={() => ask({ pathFrom: pathTo, pathTo: pathFrom })}
        >
          ⇅ Swap
        </button>
        <ActorSearch
          key={`to|${pathTo}|${toName}`}
          label="To"
          placeholder="Where it ends, e.g. US forces"
          initialQuery={toName}
          onChoose={(actor) => ask({ pathTo: actor.id })}
        />
        <div className="path-options">
          <label>
            Alternatives
            <select
              value={state.pathK}
              onChange={(event) => ask({ pathK: Number(event.target.value) })}
            >
              {range(MAX_PATHS).map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label>
            Longest
            <select
              value={state.pathMaxHops}
              onChange={(event) => ask({ pathMaxHops: Number(event.target.value) })}
            >
              {range(MAX_HOPS).map((hops) => (
                <option key={hops} value={hops}>
                  {hops} {hops === 1 ? "step" : "steps"}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="path-options">
          <legend className="visually-hidden">Ties the paths may use</legend>
          {RELATIONSHIP_FAMILIES.map((family) => {
            const on = pathFamilies.includes(family);
            return (
              <label key={family} className="check">
                <input
                  type="checkbox"
                  checked={on}
                  // At least one family must stay: a path needs ties to walk.
                  disabled={on && pathFamilies.length === 1}
                  onChange={(event) =>
                    ask({
                      pathFamilies: event.target.checked
                        ? RELATIONSHIP_FAMILIES.filter(
                            (f) => f === family || pathFamilies.includes(f),
                          )
                        : pathFamilies.filter((f) => f !== family),
                    })
                  }
                />
                {FAMILY_NAMES[family]}
              </label>
            );
          })}
          <label className="check">
            <input
              type="checkbox"
              checked={state.pathDirected}
              onChange={(event) => ask({ pathDirected: event.target.checked })}
            />
            Follow direction
          </label>
        </fieldset>
      </div>

      <div role="region" aria-label="Paths found" aria-live="polite" className="paths-found">
        {!paths.query && (
          <p className="muted">
            {pathFrom && pathFrom === pathTo
              ? "Choose two different actors."
              : "Choose where the chain starts and where it ends."}
          </p>
        )}
        {answer?.status === "loading" && <p>Searching…</p>}
        {answer?.status === "error" && (
          <p role="alert" className="explorer-error">
            Could not find paths: {answer.message}
          </p>
        )}
        {answer?.status === "ready" && found.length === 0 && (
          <p>No path within these limits. Allow longer paths, or both directions.</p>
        )}
        {found.length > 0 && (
          <>
            <fieldset className="path-choice">
              <legend>
                {found.length} {found.length === 1 ? "path" : "paths"} found — shown on the graph:
              </legend>
              {found.map((path, index) => (
                <label key={path.relationships.map((hop) => hop.id).join(">")} className="check">
                  <input
                    type="radio"
                    name="path-shown"
                    checked={index === shown}
                    onChange={() => update({ pathIndex: index })}
                  />
                  <span>
                    <strong>Path {index + 1}</strong>{" "}
                    <span className="muted">
                      ({path.length} {path.length === 1 ? "step" : "steps"}, {path.hostileHops}{" "}
                      hostile)
                    </span>{" "}
                    {pathChain(path)}
                  </span>
                </label>
              ))}
            </fieldset>
            {paths.chosen && (
              <PathDetails
                key={shown}
                path={paths.chosen}
                onSelectActor={on.onSelectActor}
                onFit={on.onFitPath}
              />
            )}
          </>
        )}
      </div>
    </aside>
  );
}
