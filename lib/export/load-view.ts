import type { GraphQuery } from "@/lib/api/params/graph";
import { readRows, type Db } from "@/lib/db/session";
import { CITATIONS, typesFor } from "@/lib/graph/cypher";
import { graphElements } from "@/lib/graph/graph-elements";
import { evidenceColumns, toCitation } from "@/lib/graph/mappers";
import { type Citation, type GraphResponse } from "@/lib/graph/types";
import { rows, str } from "@/lib/graph/values";
import type { ExportGraph } from "@/lib/export/export-graph";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";

export const VIEW_METRICS = [
  "degree",
  "distance",
  "influenceOut",
  "influenceIn",
  "hostilityOut",
  "hostilityIn",
  "influenceWeight",
] as const;

/**
 * The view /api/graph answers for `query`, with every relationship's passages: the same actors
 * and relationships, so an export and the graph it came from always agree. Null for an unknown focus.
 */
export async function viewExport(db: Db, query: GraphQuery): Promise<ExportGraph | null> {
  const graph = await graphElements(db, query);
  if (!graph) return null;
  const citations = await citationsOf(db, graph);
  const names = new Map(graph.nodes.map(({ data }) => [data.id, data.label]));
  const focusName = query.focus ? (names.get(query.focus) ?? query.focus) : null;
  return {
    slug: query.focus ? `${query.focus}-depth-${query.depth}` : "graph",
    title: focusName
      ? `Neighbourhood of ${focusName}, ${query.depth} step${query.depth > 1 ? "s" : ""}`
      : "Whole graph",
    query: describeQuery(query),
    truncated: graph.truncated,
    metricNames: [...VIEW_METRICS],
    nodes: graph.nodes.map(({ data }) => ({
      id: data.id,
      name: data.label,
      kind: data.kind,
      metrics: Object.fromEntries(VIEW_METRICS.map((name) => [name, data[name]])),
    })),
    edges: graph.edges.map(({ data }) => ({
      id: data.id,
      source: data.source,
      sourceName: names.get(data.source) ?? data.source,
      target: data.target,
      targetName: names.get(data.target) ?? data.target,
      family: data.family,
      kind: data.kind,
      weight: data.weight,
      summary: data.summary,
      dateStart: data.dateStart,
      dateEnd: data.dateEnd,
      dateLabel: data.dateLabel,
      yearInferred: data.yearInferred,
      citations: citations.get(data.id) ?? [],
      ...evidenceColumns(data),
    })),
  };
}

/** The parameters that shaped the view, without those that do not apply. */
function describeQuery(query: GraphQuery): Record<string, unknown> {
  const { focus, depth, families, kinds, minWeight, from, to, undated, limit } = query;
  const dated = from !== undefined || to !== undefined;
  return {
    focus,
    depth: focus ? depth : undefined,
    families,
    kinds,
    minWeight,
    from,
    to,
    undated: dated ? undated : undefined,
    limit,
  };
}

// One index seek on each edge's source, then its outgoing relationships, matched by id.
async function citationsOf(db: Db, graph: GraphResponse): Promise<Map<string, Citation[]>> {
  if (graph.edges.length === 0) return new Map();
  const found = await readRows(
    db,
    `UNWIND $edges AS e
     MATCH (:Actor {id: e.source})-[r:${typesFor(EDGE_FAMILIES)}]->(:Actor {id: e.target})
     WHERE r.id = e.id
     RETURN r.id AS id, ${CITATIONS("r")} AS citations`,
    {
      edges: graph.edges.map(({ data }) => ({
        id: data.id,
        source: data.source,
        target: data.target,
      })),
    },
  );
  return new Map(found.map((row) => [str(row, "id"), rows(row, "citations").map(toCitation)]));
}
