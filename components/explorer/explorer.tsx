"use client";

import type { Core } from "cytoscape";
import { useCallback, useMemo, useRef, useState } from "react";
import { DetailPanel } from "@/components/explorer/detail-panel";
import { EncodingControls } from "@/components/explorer/encoding-controls";
import { ExplorerToolbar } from "@/components/explorer/explorer-toolbar";
import { FilterPanel } from "@/components/explorer/filter-panel";
import { GraphKeyboard } from "@/components/explorer/graph-keyboard";
import { GraphSummaryView } from "@/components/explorer/graph-summary-view";
import { CutNote } from "@/components/explorer/cut-note";
import { LargeViewNote } from "@/components/explorer/large-view-note";
import { ListView } from "@/components/explorer/list-view";
import { PathsPanel } from "@/components/explorer/paths-panel";
import { ReadBesideContext } from "@/components/explorer/read-beside";
import { ReaderPane } from "@/components/explorer/reader-pane";
import { TimelineStrip } from "@/components/explorer/timeline-strip";
import { useGraphData } from "@/components/explorer/use-graph-data";
import { useGraphSummary } from "@/components/explorer/use-graph-summary";
import { useMediaQuery } from "@/components/explorer/use-media-query";
import { useResearch } from "@/components/explorer/use-research";
import { useViewState } from "@/components/explorer/use-view-state";
import { GraphCanvasLazy } from "@/components/graph/graph-canvas-lazy";
import { fitPath, fitVisible } from "@/components/graph/graph-layouts";
import { GraphLegend } from "@/components/graph/graph-legend";
import { applyFilters } from "@/lib/explorer/apply-filters";
import { dateTicks } from "@/lib/explorer/date-ticks";
import { SIZE_METRIC_INFO } from "@/lib/explorer/encoding";
import { influenceScores } from "@/lib/explorer/influence";
import { periodCounts } from "@/lib/explorer/time-window";
import { toElements } from "@/lib/explorer/to-elements";
import { cutNote, moreLimit } from "@/lib/explorer/view-note";
import { WHOLE_GRAPH_LIMIT } from "@/lib/explorer/view-urls";
import { expandActor, focusOn, moveActor, openPart, RESET_VIEW } from "@/lib/explorer/view-changes";
import { COMMUNITY_ACTORS_DEFAULT } from "@/lib/layout/budget";
import type { Position, Reading, Selection } from "@/lib/explorer/view-state";
import "@/components/reader/reader.css";
import "@/components/explorer/research.css";

/** The explorer page: toolbar, filters and legend, the graph (or its list), and the detail panel. */
export function Explorer() {
  const [state, update] = useViewState();
  // A graph over the renderer's budget opens on its summary (see docs/performance-browser.md).
  const { limit, community } = state;
  const large = useGraphSummary(!state.focus && limit === null && community === null);
  const data = useGraphData(state.focus, state.depth, state.expanded, {
    limit,
    community,
    enabled: !large.deciding && !large.summary,
    deciding: large.deciding,
  });
  // The loaded view plus the research layers: a found path (kept in view), sizes and colours.
  const research = useResearch(state, data.graph, data.whole);
  const graph = research.graph;
  const cyRef = useRef<Core | null>(null);
  // On a phone the filters start folded away, so the graph is the first thing on screen.
  const phone = useMediaQuery("(max-width: 760px)");
  const [filtersToggled, setFiltersOpen] = useState<boolean | null>(null);
  const filtersOpen = filtersToggled ?? !phone;

  const influence = useMemo(() => influenceScores(graph), [graph]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const { data: node } of [...data.whole.nodes, ...graph.nodes])
      map.set(node.id, node.label);
    return map;
  }, [data.whole, graph]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  const { families, kinds, minWeight, from, to, undated, focus } = state;
  // Only the filters (not a selection or a drag) decide what is hidden.
  const result = useMemo(
    () =>
      applyFilters(graph, { families, kinds, minWeight, from, to, undated }, focus, research.keep),
    [graph, families, kinds, minWeight, from, to, undated, focus, research.keep],
  );
  const ticks = useMemo(
    () => dateTicks(data.whole.edges.length > 0 ? data.whole : data.graph),
    [data.whole, data.graph],
  );
  const counts = useMemo(
    () => periodCounts(ticks, graph, { families, kinds, minWeight }),
    [ticks, graph, families, kinds, minWeight],
  );
  const ready = !data.loading && !large.deciding;
  const elements = useMemo(
    () => toElements(graph, influence, research.encoding),
    [graph, influence, research.encoding],
  );

  const select = useCallback((selection: Selection) => update({ selection }), [update]);
  const selectActor = useCallback((id: string) => select({ type: "node", id }), [select]);
  const selectRelationship = useCallback((id: string) => select({ type: "edge", id }), [select]);
  const focusActor = useCallback((id: string) => update(focusOn(id)), [update]);
  const expand = useCallback((id: string, all = false) => update(expandActor(id, all)), [update]);
  const moved = useCallback(
    (id: string, position: Position) => update(moveActor(id, position), { replace: true }),
    [update],
  );
  const readBeside = useCallback((reading: Reading) => update({ reading }), [update]);
  const getCy = useCallback(() => cyRef.current, []);
  const fitThePath = useCallback(() => cyRef.current && fitPath(cyRef.current), []);
  const pathsOpen = state.tool === "paths" && !state.selection;
  const setCy = useCallback((cy: Core | null) => {
    cyRef.current = cy;
  }, []);

  // A focused view, or the whole graph drawn without a summary, says what its cut left out.
  const cut =
    data.counts && (focus || (community === null && limit === null))
      ? cutNote(data.counts, focus ? { name: nameOf(focus), depth: state.depth } : null)
      : null;
  const more = moreLimit(limit ?? WHOLE_GRAPH_LIMIT);
  const narrow = () => {
    setFiltersOpen(true);
    // After the panel has opened: the first family's box, where narrowing starts.
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(".filter-panel input")?.focus(),
    );
  };

  const visibleActors = graph.nodes
    .filter(({ data: node }) => !result.hidden.has(node.id))
    .map(({ data: node }) => ({ id: node.id, label: node.label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const summary = `Graph of ${result.nodes.shown} actors and ${result.edges.shown} links.`;

  return (
    <ReadBesideContext.Provider value={readBeside}>
      <div className="explorer">
        <h1 className="visually-hidden">Explore the influence graph</h1>
        <ExplorerToolbar
          state={state}
          update={update}
          focusName={state.focus ? nameOf(state.focus) : null}
          onChoose={(actor) => focusActor(actor.id)}
          onReset={() => update(RESET_VIEW)}
          onFit={() => cyRef.current && fitVisible(cyRef.current)}
          getCy={getCy}
        />
        <div
          className={
            state.reading
              ? "explorer-body has-panel has-reader"
              : state.selection || pathsOpen
                ? "explorer-body has-panel"
                : "explorer-body"
          }
        >
          <details
            className="explorer-sidebar"
            open={filtersOpen}
            onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
          >
            <summary>Filters and legend</summary>
            <FilterPanel
              state={state}
              update={update}
              result={result}
              ticks={ticks}
              summary={large.summary}
            />
            <EncodingControls state={state} update={update} rankings={research.rankings} />
            <GraphLegend colorBy={state.colorBy} sizeLabel={SIZE_METRIC_INFO[state.sizeBy].noun} />
          </details>
          <div className="explorer-main">
            {data.error && (
              <p role="alert" className="explorer-error">
                Could not load the graph: {data.error}
              </p>
            )}
            {!focus && (community !== null || limit !== null) && (
              <LargeViewNote
                community={data.community}
                communityId={community}
                limit={limit}
                shown={data.graph.nodes.length}
                left={data.counts?.nodesOverLimit ?? 0}
                onBack={() => update(openPart({}))}
              />
            )}
            {large.summary && (
              <GraphSummaryView
                summary={large.summary}
                topLimit={COMMUNITY_ACTORS_DEFAULT}
                onOpenCommunity={(id) => update(openPart({ community: id }))}
                onFocusActor={focusActor}
                onShowTop={() => update(openPart({ limit: COMMUNITY_ACTORS_DEFAULT }))}
              />
            )}
            {cut && (
              <CutNote
                text={cut}
                onMore={more === null ? undefined : () => update({ limit: more })}
                onNarrow={narrow}
              />
            )}
            <div className="graph-area" hidden={state.view !== "graph" || large.summary !== null}>
              <GraphKeyboard
                actors={visibleActors}
                selection={state.selection}
                description={summary}
                onSelect={selectActor}
                onClear={() => select(null)}
                onFocus={focusActor}
                onExpand={(id) => expand(id)}
                onFit={() => cyRef.current && fitVisible(cyRef.current)}
              >
                <GraphCanvasLazy
                  elements={elements}
                  hidden={result.hidden}
                  focus={state.focus}
                  selection={state.selection}
                  layout={state.layout}
                  positions={state.positions}
                  onSelect={select}
                  onExpand={(id) => expand(id)}
                  onMoved={moved}
                  onReady={setCy}
                  highlight={research.highlight}
                  preset={data.positions}
                />
              </GraphKeyboard>
              {!ready && (
                <p className="graph-status" aria-live="polite">
                  Loading the graph…
                </p>
              )}
            </div>
            {state.view === "list" && !large.summary && (
              <ListView
                graph={graph}
                hidden={result.hidden}
                influence={influence}
                nameOf={nameOf}
                onSelectActor={selectActor}
                onFocus={focusActor}
                onExpand={(id) => expand(id)}
                onSelectRelationship={selectRelationship}
              />
            )}
            <TimelineStrip
              ticks={ticks}
              counts={counts}
              from={from}
              to={to}
              undated={undated}
              onWindow={(patch) => update(patch)}
            />
          </div>
          {state.reading ? (
            <ReaderPane reading={state.reading} onClose={() => update({ reading: null })} />
          ) : pathsOpen ? (
            <PathsPanel
              state={state}
              update={update}
              paths={research.paths}
              nameOf={nameOf}
              onSelectActor={selectActor}
              onFitPath={fitThePath}
            />
          ) : (
            <DetailPanel
              selection={state.selection}
              focus={state.focus}
              remaining={data.remaining}
              nameOf={nameOf}
              onClose={() => select(null)}
              onFocus={focusActor}
              onExpand={expand}
              onSelectActor={selectActor}
              onSelectRelationship={selectRelationship}
            />
          )}
        </div>
      </div>
    </ReadBesideContext.Provider>
  );
}
