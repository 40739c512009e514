import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { txRows } from "@/lib/db/session";
import { EDGE_PASSES, KIND_PASSES, type GraphFilter } from "@/lib/graph/graph-filter";
import { parentsWithinBudget } from "@/lib/graph/walk-budget";

/**
 * The actors a view shows, most important first, with their hop distance from the focus (null
 * without one); how many more matched beyond `limit`, and whether that number is exact.
 */
export type Chosen = {
  nodes: Array<{ id: string; distance: number | null }>;
  over: number;
  exact: boolean;
  /** The whole view's size before the cut, when the choice already knows it (the whole graph). */
  matched: Matched | null;
  /**
   * A lower bound on the relationships `neighbourhoodTotals` would read: the outgoing ties of the
   * chosen actors (the edge count walks them) and all ties of those short of `depth` (the reach
   * walks them), from the count store. Over the budget, the totals are not even tried.
   */
  countingReadsAtLeast?: number;
};
/** How many actors and edges the view holds in all, before `limit` cut it: exact. */
export type Matched = { actors: number; edges: number };

/**
 * Relationships one hop beyond the first may read, in all: the walk expands the hop's actors
 * strongest first while their degrees (read from the count store) fit, so a hub met on the way
 * costs no more than this, however large the graph.
 */
export const HOP_BUDGET = 12_000;

/**
 * Relationships /api/graph may read to count a cut neighbourhood's exact totals in the same
 * answer; past it the totals are left null for /api/graph/totals (docs/api.md).
 */
export const INLINE_TOTALS_BUDGET = 20_000;

export const idSet = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]));

// Each parent's passing ties, its rank (0 = strongest) breaking ties of equal weight, then the id:
// a candidate is as strong as its strongest tie to the strongest parent that gives it.
const hopQuery = (filter: GraphFilter) => `UNWIND range(0, size($frontier) - 1) AS rank
  MATCH (a:Actor {id: $frontier[rank]})-[r:${filter.types}]-(b:Actor)
  WHERE $seen[elementId(b)] IS NULL AND ${KIND_PASSES("b")} AND ${EDGE_PASSES("r")}
  WITH b, max(coalesce(r.weight, 0) * size($frontier) - rank) AS score
  ORDER BY score DESC, b.id
  WITH collect(b) AS ranked
  CALL (ranked) {
    UNWIND ranked[0..$room] AS b
    RETURN collect({
      id: b.id, elementId: elementId(b),
      degree: COUNT { (b)-[:${filter.types}]-() }, outgoing: COUNT { (b)-[:${filter.types}]->() }
    }) AS taken
  }
  RETURN size(ranked) AS total, taken`;

type Taken = { id: string; elementId: string; degree: number; outgoing: number };

/**
 * Best-first, one query per hop, through passing relationships only: nearest first and, within
 * a hop, the strongest ties of the strongest actors first (weight, the parent's rank, the id).
 * Past the first hop only the parents whose degrees fit in HOP_BUDGET are expanded; a hop that
 * fills `limit` is the last one walked. `exact` turns false when either left something unwalked.
 */
export async function bestFirstNeighbourhood(
  tx: ManagedTransaction,
  focus: string,
  depth: number,
  limit: number,
  filter: GraphFilter,
): Promise<Chosen | null> {
  const [start] = await txRows(
    tx,
    `MATCH (a:Actor {id: $focus})
     RETURN elementId(a) AS elementId, COUNT { (a)-[:${filter.types}]-() } AS degree,
            COUNT { (a)-[:${filter.types}]->() } AS outgoing`,
    { focus },
  );
  if (!start) return null;
  const chosen: Chosen = {
    nodes: [{ id: focus, distance: 0 }],
    over: 0,
    exact: true,
    matched: null,
  };
  const seen = [String(start.elementId)];
  let parents: Taken[] = [
    {
      id: focus,
      elementId: seen[0]!,
      degree: Number(start.degree),
      outgoing: Number(start.outgoing),
    },
  ];
  const atLeast = (taken: Taken, distance: number) =>
    taken.outgoing + (distance < depth ? taken.degree : 0);
  chosen.countingReadsAtLeast = atLeast(parents[0]!, 0);
  for (let distance = 1; distance <= depth && parents.length > 0; distance++) {
    const room = limit - chosen.nodes.length;
    if (room <= 0) {
      chosen.exact = false;
      break;
    }
    const walked =
      distance === 1 ? { expand: parents, skipped: 0 } : parentsWithinBudget(parents, HOP_BUDGET);
    if (walked.skipped > 0) chosen.exact = false;
    const [found] = await txRows(tx, hopQuery(filter), {
      ...filter.params,
      frontier: walked.expand.map((parent) => parent.id),
      seen: idSet(seen),
      room: neo4j.int(room),
    });
    parents = ((found?.taken as Taken[] | undefined) ?? []).map((taken) => ({
      ...taken,
      degree: Number(taken.degree),
      outgoing: Number(taken.outgoing),
    }));
    for (const taken of parents) {
      chosen.nodes.push({ id: taken.id, distance });
      seen.push(taken.elementId);
      chosen.countingReadsAtLeast += atLeast(taken, distance);
    }
    chosen.over += Number(found?.total ?? 0) - parents.length;
  }
  return chosen;
}

// The walk to `depth` as a set (N(k) is the focus plus the neighbours of N(k-1), so no membership
// test is needed), each hop walked only while the degrees it reads keep `cost` within $budget
// (null: no bound); then the outgoing degrees an edge count would read, from the count store.
const reachQuery = (filter: GraphFilter, depth: number) => {
  const hop = `CALL (reached) {
       UNWIND reached AS a
       RETURN sum(COUNT { (a)-[:${filter.types}]-() }) AS spend
     }
     WITH f, reached, cost + spend AS cost
     CALL (f, reached, cost) {
       UNWIND CASE WHEN $budget IS NULL OR cost <= $budget THEN reached ELSE [] END AS a
       MATCH (a)-[r:${filter.types}]-(b:Actor)
       WHERE b <> f AND ${KIND_PASSES("b")} AND ${EDGE_PASSES("r")}
       RETURN collect(DISTINCT b) AS next
     }
     WITH f, [f] + next AS reached, cost`;
  return `MATCH (f:Actor {id: $focus})
     WITH f, [f] AS reached, 0 AS cost
     ${Array.from({ length: depth }, () => hop).join("\n     ")}
     CALL (reached) {
       UNWIND reached AS a
       RETURN sum(COUNT { (a)-[:${filter.types}]->() }) AS outgoing
     }
     WITH reached, cost + outgoing AS cost
     WITH reached, cost, $budget IS NOT NULL AND cost > $budget AS over
     RETURN over,
            CASE WHEN over THEN [] ELSE [a IN reached | a.id] END AS ids,
            CASE WHEN over THEN [] ELSE [a IN reached | elementId(a)] END AS elementIds`;
};

/**
 * The exact size of the focus's neighbourhood at `depth` through passing edges, however far
 * `limit` cut it: every actor within `depth` hops (the focus included) and every passing edge
 * among them. Null when counting would read more than `budget` relationships (null: count
 * whatever it costs), which the count store tells before each hop is walked.
 */
export async function neighbourhoodTotals(
  tx: ManagedTransaction,
  focus: string,
  depth: number,
  filter: GraphFilter,
  budget: number | null,
  countEdgesAmong: (ids: string[], elementIds: string[]) => Promise<number>,
): Promise<Matched | null> {
  const [row] = await txRows(tx, reachQuery(filter, depth), {
    ...filter.params,
    focus,
    budget: budget === null ? null : neo4j.int(budget),
  });
  if (!row || row.over === true) return null;
  const ids = row.ids as string[];
  return { actors: ids.length, edges: await countEdgesAmong(ids, row.elementIds as string[]) };
}
