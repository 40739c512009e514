import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { GraphQuery } from "@/lib/api/params/graph";
import { GRAPH_LIMIT_MAX } from "@/lib/api/params/graph";
import { readTx, type Db, type Row } from "@/lib/db/session";
import { graphFilter, EDGE_PASSES, KIND_PASSES, WEIGHT_PASSES } from "@/lib/graph/graph-filter";
import { toGraphEdge, toGraphNode } from "@/lib/graph/graph-mappers";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import { txRows } from "@/lib/graph/tx-rows";
import type { GraphResponse } from "@/lib/graph/types";
import { str } from "@/lib/graph/values";

/** Edges between the chosen actors are capped at this many per node of `limit`. */
export const EDGES_PER_NODE = 4;

type Filter = ReturnType<typeof graphFilter>;
/** Chosen actors, most important first, with their hop distance from the focus (null without). */
type Chosen = Array<{ id: string; distance: number | null }>;

/**
 * The whole graph or a focused actor's neighbourhood as Cytoscape elements, filtered, and cut to
 * `limit` actors (the most connected, or the nearest and most strongly tied, first) and
 * EDGES_PER_NODE × limit edges (the strongest first). Null when the focus is unknown.
 */
export async function graphElements(db: Db, query: GraphQuery): Promise<GraphResponse | null> {
  const filter = graphFilter(query);
  return readTx(db, async (tx) => {
    const chosen = query.focus
      ? await neighbourhood(tx, query.focus, query.depth, filter)
      : await wholeGraph(tx, filter);
    if (!chosen) return null;
    const nodesOverLimit = Math.max(0, chosen.length - query.limit);
    const kept = chosen.slice(0, query.limit);
    const ids = kept.map((node) => node.id);
    const { edges, edgesOverLimit } = await edgesAmong(
      tx,
      ids,
      query.limit * EDGES_PER_NODE,
      filter,
    );
    const degree = new Map<string, number>();
    for (const { data } of edges) {
      degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
      degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
    }
    const nodeRows = await nodeData(tx, ids);
    const distance = new Map(kept.map((node) => [node.id, node.distance]));
    const nodes = nodeRows.map((row) => {
      const id = str(row, "id");
      return toGraphNode(row, degree.get(id) ?? 0, distance.get(id) ?? null);
    });
    return {
      nodes,
      edges,
      truncated: nodesOverLimit > 0 || edgesOverLimit > 0,
      counts: {
        nodes: nodes.length,
        edges: edges.length,
        nodesOverLimit,
        edgesOverLimit,
        undatedHidden: await countUndatedHidden(tx, query, filter, query.focus ? ids : null),
      },
    };
  });
}

// One index seek per chosen actor, then its outgoing edges, each end checked in a map of the
// chosen ids: given `t.id IN $ids` the planner seeks every id for every source instead.
const EDGES_AMONG_IDS = (filter: Filter) => `UNWIND $ids AS sourceId
  MATCH (s:Actor {id: sourceId})-[r:${filter.types}]->(t:Actor)
  WHERE $chosen[t.id] = true AND ${EDGE_PASSES("r")}`;

const idSet = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]));

/** The passing edges among the chosen actors: memberships last, else the strongest first. */
async function edgesAmong(
  tx: ManagedTransaction,
  ids: string[],
  edgeLimit: number,
  filter: Filter,
) {
  const edgeRows = await txRows(
    tx,
    `${EDGES_AMONG_IDS(filter)}
     RETURN r.id AS id, s.id AS source, t.id AS target,
            CASE type(r) WHEN '${MEMBERSHIP_TYPE}' THEN 'membership' ELSE r.family END AS family,
            coalesce(r.kind, 'member-of') AS kind, r.weight AS weight,
            coalesce(r.summary, r.role, '') AS summary,
            r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.dateLabel AS dateLabel,
            coalesce(r.yearInferred, false) AS yearInferred,
            size(coalesce(r.passageIds, [])) AS citationCount
     ORDER BY type(r) = '${MEMBERSHIP_TYPE}', coalesce(r.weight, 0) DESC, r.id
     LIMIT $limit`,
    { ...filter.params, ids, chosen: idSet(ids), limit: neo4j.int(edgeLimit + 1) },
  );
  const edgesOverLimit =
    edgeRows.length > edgeLimit ? (await countEdges(tx, ids, filter)) - edgeLimit : 0;
  return { edges: edgeRows.slice(0, edgeLimit).map(toGraphEdge), edgesOverLimit };
}

// Every query below stops at GRAPH_LIMIT_MAX + 1 rows, whatever `limit` asks for, so the
// number over the limit is exact up to that bound while no query runs unbounded.
const CAP = neo4j.int(GRAPH_LIMIT_MAX + 1);

async function wholeGraph(tx: ManagedTransaction, filter: Filter): Promise<Chosen> {
  const found = await txRows(
    tx,
    `MATCH (a:Actor)
     WHERE ${KIND_PASSES("a")}
     WITH a, COUNT { (a)-[r:${filter.types}]-(b:Actor) WHERE ${KIND_PASSES("b")} AND ${EDGE_PASSES("r")} } AS visible
     WHERE visible > 0 OR NOT $edgeFiltered
     RETURN a.id AS id
     ORDER BY visible DESC, a.id
     LIMIT $cap`,
    { ...filter.params, edgeFiltered: filter.edgeFiltered, cap: CAP },
  );
  return found.map((row) => ({ id: str(row, "id"), distance: null }));
}

/** Breadth-first, one query per hop, through filtered relationships only. */
async function neighbourhood(
  tx: ManagedTransaction,
  focus: string,
  depth: number,
  filter: Filter,
): Promise<Chosen | null> {
  const [start] = await txRows(tx, "MATCH (a:Actor {id: $focus}) RETURN a.id AS id", { focus });
  if (!start) return null;
  const chosen: Chosen = [{ id: focus, distance: 0 }];
  let frontier = [focus];
  for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
    if (chosen.length > GRAPH_LIMIT_MAX) break;
    const found = await txRows(
      tx,
      `UNWIND $frontier AS fromId
       MATCH (a:Actor {id: fromId})-[r:${filter.types}]-(b:Actor)
       WHERE $seen[b.id] IS NULL AND ${KIND_PASSES("b")} AND ${EDGE_PASSES("r")}
       WITH b, max(coalesce(r.weight, 0)) AS strength
       RETURN b.id AS id
       ORDER BY strength DESC, b.id
       LIMIT $cap`,
      { ...filter.params, frontier, seen: idSet(chosen.map((node) => node.id)), cap: CAP },
    );
    frontier = found.map((row) => str(row, "id"));
    chosen.push(...frontier.map((id) => ({ id, distance })));
  }
  return chosen;
}

async function countEdges(tx: ManagedTransaction, ids: string[], filter: Filter): Promise<number> {
  const [row] = await txRows(
    tx,
    `${EDGES_AMONG_IDS(filter)}
     RETURN count(r) AS n`,
    { ...filter.params, ids, chosen: idSet(ids) },
  );
  return Number(row?.n ?? 0);
}

/** Undated claims that pass every other filter: in the whole graph, or touching `ids`. */
async function countUndatedHidden(
  tx: ManagedTransaction,
  query: GraphQuery,
  filter: Filter,
  ids: string[] | null,
): Promise<number> {
  const claimTypes = query.families
    .filter((family) => family !== "membership")
    .map((family) => RELATIONSHIP_TYPES[family]);
  if (!filter.undatedHidden || claimTypes.length === 0) return 0;
  const [row] = await txRows(
    tx,
    `MATCH (s:Actor)-[r:${claimTypes.join("|")}]->(t:Actor)
     WHERE r.dateStart IS NULL AND ${WEIGHT_PASSES("r")}
       AND ${KIND_PASSES("s")} AND ${KIND_PASSES("t")}
       AND ($ids IS NULL OR s.id IN $ids OR t.id IN $ids)
     RETURN count(r) AS n`,
    { ...filter.params, ids },
  );
  return Number(row?.n ?? 0);
}

async function nodeData(tx: ManagedTransaction, ids: string[]): Promise<Row[]> {
  const { influence, hostility } = RELATIONSHIP_TYPES;
  return txRows(
    tx,
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})
     RETURN a.id AS id, a.name AS label, a.kind AS kind,
            COUNT { (a)-[:${influence}]->() } AS influenceOut,
            COUNT { (a)<-[:${influence}]-() } AS influenceIn,
            COUNT { (a)-[:${hostility}]->() } AS hostilityOut,
            COUNT { (a)<-[:${hostility}]-() } AS hostilityIn,
            reduce(total = 0, w IN COLLECT { MATCH (a)-[r:${influence}]->() RETURN r.weight } | total + w)
              AS influenceWeight`,
    { ids },
  );
}
