import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { graphQuerySchema, type GraphQuery } from "@/lib/api/params/graph";
import { readTx, txRows, type Db, type Row } from "@/lib/db/session";
import {
  graphFilter,
  EDGE_PASSES,
  KIND_PASSES,
  WEIGHT_PASSES,
  type GraphFilter,
} from "@/lib/graph/graph-filter";
import { EVIDENCE_COLUMNS } from "@/lib/graph/cypher";
import { toGraphEdge, toGraphNode } from "@/lib/graph/graph-mappers";
import {
  bestFirstNeighbourhood,
  idSet,
  INLINE_TOTALS_BUDGET,
  neighbourhoodTotals,
  type Chosen,
  type Matched,
} from "@/lib/graph/neighbourhood";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import { viewTotals } from "@/lib/graph/graph-totals";
import type { FocusTotals, GraphResponse } from "@/lib/graph/types";
import { str } from "@/lib/graph/values";

/** Edges between the chosen actors are capped at this many per node of `limit`. */
export const EDGES_PER_NODE = 4;

/**
 * The whole graph or a focused actor's neighbourhood as Cytoscape elements, filtered, and cut to
 * `limit` actors (the most connected, or the nearest and most strongly tied, first, see
 * lib/graph/neighbourhood.ts) and EDGES_PER_NODE × limit edges (the strongest first), with the
 * exact size of what it was cut from. Null when the focus is unknown. Choosing never walks past
 * the hop where the limit is reached. A focused view that was cut counts its whole neighbourhood
 * only while that reads at most INLINE_TOTALS_BUDGET relationships, else its totals are null
 * (`focusTotals` counts them); the whole graph's come from the count store unless a filter is set.
 */
export async function graphElements(db: Db, query: GraphQuery): Promise<GraphResponse | null> {
  const filter = graphFilter(query);
  return readTx(db, async (tx) => {
    const chosen = query.focus
      ? await bestFirstNeighbourhood(tx, query.focus, query.depth, query.limit, filter)
      : await wholeGraph(tx, query.limit, filter);
    if (!chosen) return null;
    const ids = chosen.nodes.map((node) => node.id);
    const nodeRows = await nodeData(tx, ids);
    const elementIds = nodeRows.map((row) => str(row, "elementId"));
    const { edges, edgesOverLimit } = await edgesAmong(
      tx,
      ids,
      elementIds,
      query.limit * EDGES_PER_NODE,
      filter,
    );
    // A walk that cut nothing saw the whole neighbourhood: its totals are what it shows.
    const matched: Matched | null =
      chosen.matched ??
      (chosen.exact && chosen.over === 0
        ? { actors: ids.length, edges: edges.length + edgesOverLimit }
        : (chosen.countingReadsAtLeast ?? 0) > INLINE_TOTALS_BUDGET
          ? null
          : await neighbourhoodTotals(
              tx,
              query.focus ?? "",
              query.depth,
              filter,
              INLINE_TOTALS_BUDGET,
              (reached, elementIds) => countEdgesAmong(tx, reached, filter, elementIds),
            ));
    const degree = new Map<string, number>();
    for (const { data } of edges) {
      degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
      degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
    }
    const distance = new Map(chosen.nodes.map((node) => [node.id, node.distance]));
    const nodes = nodeRows.map((row) => {
      const id = str(row, "id");
      return toGraphNode(row, degree.get(id) ?? 0, distance.get(id) ?? null);
    });
    return {
      nodes,
      edges,
      truncated: chosen.over > 0 || !chosen.exact || edgesOverLimit > 0,
      counts: {
        nodes: nodes.length,
        edges: edges.length,
        nodesOverLimit: chosen.over,
        nodesOverLimitExact: chosen.exact,
        edgesOverLimit,
        matchedActors: matched?.actors ?? null,
        matchedEdges: matched?.edges ?? null,
        undatedHidden: await countUndatedHidden(tx, query, filter, query.focus ? ids : null),
        ...(await viewTotals(tx)),
      },
    };
  });
}

/**
 * A focused view's exact totals, whatever they cost to count (GET /api/graph/totals): what
 * /api/graph leaves null when counting them would read too much. Null when the focus is unknown.
 */
export async function focusTotals(db: Db, query: GraphQuery): Promise<FocusTotals | null> {
  const focus = query.focus;
  if (!focus) throw new TypeError("focusTotals needs a focus");
  const filter = graphFilter(query);
  return readTx(db, async (tx) => {
    const matched = await neighbourhoodTotals(
      tx,
      focus,
      query.depth,
      filter,
      null,
      (ids, elementIds) => countEdgesAmong(tx, ids, filter, elementIds),
    );
    return matched && { matchedActors: matched.actors, matchedEdges: matched.edges };
  });
}

// One index seek per chosen actor, then its outgoing edges, each far end checked in a map of the
// chosen element ids: given `t.id IN $ids` the planner seeks every id for every source instead,
// and an element id, unlike `t.id`, is known without reading the node (hubs have 10k edges). The
// map says t is a chosen actor (no label to read), and CASE makes it the first test: left to
// itself the planner reads every edge's weight and dates before asking the map (twice the hits).
const EDGES_AMONG_IDS = (filter: GraphFilter) => `UNWIND $ids AS sourceId
  MATCH (s:Actor {id: sourceId})-[r:${filter.types}]->(t)
  WHERE CASE WHEN $chosen[elementId(t)] = true THEN ${EDGE_PASSES("r")} ELSE false END`;

/**
 * The passing edges among the chosen actors, memberships last, else the strongest first, cut to
 * `edgeLimit`, and how many the cut left out: one walk over the chosen actors' edges.
 */
async function edgesAmong(
  tx: ManagedTransaction,
  ids: string[],
  elementIds: string[],
  edgeLimit: number,
  filter: GraphFilter,
) {
  const edgeRows = await txRows(
    tx,
    `${EDGES_AMONG_IDS(filter)}
     WITH r, s.id AS source, t.id AS target
     ORDER BY type(r) = '${MEMBERSHIP_TYPE}', coalesce(r.weight, 0) DESC, r.id
     WITH collect({r: r, source: source, target: target}) AS passing
     UNWIND passing[0..$limit] AS edge
     WITH size(passing) AS total, edge.r AS r, edge.source AS source, edge.target AS target
     RETURN total, r.id AS id, source, target,
            CASE type(r) WHEN '${MEMBERSHIP_TYPE}' THEN 'membership' ELSE r.family END AS family,
            coalesce(r.kind, 'member-of') AS kind, r.weight AS weight,
            coalesce(r.summary, r.role, '') AS summary,
            r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.dateLabel AS dateLabel,
            coalesce(r.yearInferred, false) AS yearInferred,
            size(coalesce(r.passageIds, [])) AS citationCount,
            ${EVIDENCE_COLUMNS("r")} AS evidence`,
    { ...filter.params, ids, chosen: idSet(elementIds), limit: neo4j.int(edgeLimit) },
  );
  const total = edgeRows.length > 0 ? Number(edgeRows[0]!.total) : 0;
  return { edges: edgeRows.map(toGraphEdge), edgesOverLimit: total - edgeRows.length };
}

/**
 * The `limit` most connected actors. Without a kind or edge filter an actor's degree is read from
 * its node (Neo4j's GetDegree, no relationship visited), so ranking 100k actors stays cheap, and
 * the totals come from the count store; with one, every actor's passing edges are counted, and
 * their sum (each edge seen from both ends) is the view's edge total. A kind filter seeks its
 * actors in the actor_kind index (written without the `$kinds IS NULL OR …` that would hide it
 * from the planner); an edge filter alone still reads every actor.
 */
async function wholeGraph(
  tx: ManagedTransaction,
  limit: number,
  filter: GraphFilter,
): Promise<Chosen> {
  const filtered = filter.edgeFiltered || filter.params.kinds !== null;
  const found = await txRows(
    tx,
    filtered
      ? `MATCH (a:Actor)
         WHERE ${filter.params.kinds === null ? "true" : "a.kind IN $kinds"}
         WITH a, COUNT { (a)-[r:${filter.types}]-(b:Actor) WHERE ${KIND_PASSES("b")} AND ${EDGE_PASSES("r")} } AS visible
         WHERE visible > 0 OR NOT $edgeFiltered
         WITH a, visible ORDER BY visible DESC, a.id
         WITH collect(a.id) AS ids, sum(visible) AS ends
         RETURN size(ids) AS total, ends / 2 AS edges, ids[0..$limit] AS ids`
      : `MATCH (a:Actor)
         WITH a ORDER BY COUNT { (a)-[:${filter.types}]-() } DESC, a.id
         LIMIT $limit
         RETURN COUNT { (:Actor) } AS total, null AS edges, collect(a.id) AS ids`,
    { ...filter.params, edgeFiltered: filter.edgeFiltered, limit: neo4j.int(limit) },
  );
  const ids = (found[0]?.ids as string[] | undefined) ?? [];
  const total = Number(found[0]?.total ?? 0);
  const edges = found[0]?.edges;
  return {
    nodes: ids.map((id) => ({ id, distance: null })),
    over: total - ids.length,
    exact: true,
    matched: {
      actors: total,
      edges:
        edges === null || edges === undefined ? (await viewTotals(tx)).totalEdges : Number(edges),
    },
  };
}

/** Every passing edge among the actors `ids`, uncut (their element ids, when known, save a walk). */
export async function countEdgesAmong(
  tx: ManagedTransaction,
  ids: string[],
  filter: GraphFilter = graphFilter(graphQuerySchema.parse({})),
  elementIds?: string[],
): Promise<number> {
  const known =
    elementIds ??
    ((
      await txRows(
        tx,
        "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN collect(elementId(a)) AS elementIds",
        { ids },
      )
    )[0]?.elementIds as string[]);
  const [counted] = await txRows(tx, `${EDGES_AMONG_IDS(filter)} RETURN count(r) AS edges`, {
    ...filter.params,
    ids,
    chosen: idSet(known),
  });
  return Number(counted?.edges ?? 0);
}

/**
 * Undated claims that pass every other filter: over the whole graph (a scan of every claim, only
 * ever asked for with a date filter), or touching `ids`, walked from those actors.
 */
async function countUndatedHidden(
  tx: ManagedTransaction,
  query: GraphQuery,
  filter: GraphFilter,
  ids: string[] | null,
): Promise<number> {
  const claimTypes = query.families
    .filter((family) => family !== "membership")
    .map((family) => RELATIONSHIP_TYPES[family]);
  if (!filter.undatedHidden || claimTypes.length === 0) return 0;
  const undated = `r.dateStart IS NULL AND ${WEIGHT_PASSES("r")}`;
  const [row] = await txRows(
    tx,
    ids === null
      ? `MATCH (s:Actor)-[r:${claimTypes.join("|")}]->(t:Actor)
         WHERE ${undated} AND ${KIND_PASSES("s")} AND ${KIND_PASSES("t")}
         RETURN count(r) AS n`
      : `UNWIND $ids AS id
         MATCH (a:Actor {id: id})-[r:${claimTypes.join("|")}]-(b:Actor)
         WHERE ${undated} AND ${KIND_PASSES("a")} AND ${KIND_PASSES("b")}
         RETURN count(DISTINCT r) AS n`,
    { ...filter.params, ids },
  );
  return Number(row?.n ?? 0);
}

/** The drawn actors' rows (with their element ids and degree counts), in the order of `ids`. */
export async function nodeData(tx: ManagedTransaction, ids: string[]): Promise<Row[]> {
  const { influence, hostility } = RELATIONSHIP_TYPES;
  return txRows(
    tx,
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})
     RETURN a.id AS id, elementId(a) AS elementId, a.name AS label, a.kind AS kind,
            COUNT { (a)-[:${influence}]->() } AS influenceOut,
            COUNT { (a)<-[:${influence}]-() } AS influenceIn,
            COUNT { (a)-[:${hostility}]->() } AS hostilityOut,
            COUNT { (a)<-[:${hostility}]-() } AS hostilityIn,
            reduce(total = 0, w IN COLLECT { MATCH (a)-[r:${influence}]->() RETURN r.weight } | total + w)
              AS influenceWeight`,
    { ids },
  );
}
