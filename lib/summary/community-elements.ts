import neo4j from "neo4j-driver";
import { readTx, txRows, type Db } from "@/lib/db/session";
import { EVIDENCE_COLUMNS } from "@/lib/graph/cypher";
import { countEdgesAmong, EDGES_PER_NODE, nodeData } from "@/lib/graph/graph-elements";
import { viewTotals } from "@/lib/graph/graph-totals";
import { toGraphEdge, toGraphNode } from "@/lib/graph/graph-mappers";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import type { GraphResponse } from "@/lib/graph/types";
import { str } from "@/lib/graph/values";
import { positionsFor } from "@/lib/layout/positions-for";
import { summaryResult } from "@/lib/summary/summary-cache";
import type { CommunityGraph } from "@/lib/summary/types";

const TYPES = [RELATIONSHIP_TYPES.influence, RELATIONSHIP_TYPES.hostility, MEMBERSHIP_TYPE].join(
  "|",
);

/**
 * A community of the summary opened up: its `limit` best-connected members and the ties among
 * them (memberships last, else the strongest first, at most EDGES_PER_NODE per actor), with
 * server positions when the view is large. Null when the summary has no such community.
 */
export async function communityGraph(
  db: Db,
  id: number,
  limit: number,
): Promise<CommunityGraph | null> {
  const { result } = await summaryResult(db);
  const community = result.communities.find((entry) => entry.id === id);
  const members = result.members.get(id);
  if (!community || !members) return null;
  const ids = members.slice(0, limit);
  const graph = await elementsAmong(db, ids, limit * EDGES_PER_NODE, members);
  graph.counts.nodesOverLimit = members.length - ids.length;
  graph.truncated ||= graph.counts.nodesOverLimit > 0;
  return { ...graph, positions: await positionsFor(graph), community };
}

/** The `ids` chosen of `members`, with the members' totals. */
async function elementsAmong(
  db: Db,
  ids: string[],
  edgeLimit: number,
  members: string[],
): Promise<GraphResponse> {
  return readTx(db, async (tx) => {
    // One index seek per member, then its outgoing ties, each end checked in a map of the ids.
    const edgeRows = await txRows(
      tx,
      `UNWIND $ids AS sourceId
       MATCH (s:Actor {id: sourceId})-[r:${TYPES}]->(t:Actor)
       WHERE $chosen[t.id] = true
       RETURN r.id AS id, s.id AS source, t.id AS target,
              CASE type(r) WHEN '${MEMBERSHIP_TYPE}' THEN 'membership' ELSE r.family END AS family,
              coalesce(r.kind, 'member-of') AS kind, r.weight AS weight,
              coalesce(r.summary, r.role, '') AS summary,
              r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.dateLabel AS dateLabel,
              coalesce(r.yearInferred, false) AS yearInferred,
              size(coalesce(r.passageIds, [])) AS citationCount,
            ${EVIDENCE_COLUMNS("r")} AS evidence
       ORDER BY type(r) = '${MEMBERSHIP_TYPE}', coalesce(r.weight, 0) DESC, r.id
       LIMIT $limit`,
      {
        ids,
        chosen: Object.fromEntries(ids.map((memberId) => [memberId, true])),
        limit: neo4j.int(edgeLimit + 1),
      },
    );
    const edges = edgeRows.slice(0, edgeLimit).map(toGraphEdge);
    const degree = new Map<string, number>();
    for (const { data } of edges) {
      degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
      degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
    }
    const nodeRows = await nodeData(tx, ids);
    const nodes = nodeRows.map((row) => toGraphNode(row, degree.get(str(row, "id")) ?? 0, null));
    const edgesOverLimit = Math.max(0, edgeRows.length - edgeLimit);
    return {
      nodes,
      edges,
      truncated: edgesOverLimit > 0,
      counts: {
        nodes: nodes.length,
        edges: edges.length,
        nodesOverLimit: 0,
        nodesOverLimitExact: true,
        // Counted up to one past the limit: "more than the limit" is what the view needs to say.
        edgesOverLimit,
        matchedActors: members.length,
        matchedEdges: await countEdgesAmong(tx, members),
        undatedHidden: 0,
        ...(await viewTotals(tx)),
      },
    };
  });
}
