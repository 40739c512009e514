import { pathChain } from "@/lib/analysis/path-text";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import { shortestPaths } from "@/lib/analysis/paths";
import type { PathsQuery } from "@/lib/api/params/paths";
import type { Db } from "@/lib/db/session";
import type { ExportEdge, ExportGraph, ExportNode } from "@/lib/export/export-graph";
import { dateColumns, evidenceColumns } from "@/lib/graph/mappers";

/** The paths /api/paths answers for `params`, as one graph: every actor and hop of every path. */
export async function pathsExport(db: Db, params: PathsQuery): Promise<ExportGraph> {
  return pathsGraph(await shortestPaths(db, params), params);
}

export function pathsGraph(paths: InfluencePath[], params: PathsQuery): ExportGraph {
  const nodes = new Map<string, ExportNode>();
  const edges = new Map<string, ExportEdge>();
  paths.forEach((path, index) => {
    const number = index + 1;
    for (const node of path.nodes) {
      const known = nodes.get(node.id);
      if (known) addOnce(known.paths, number);
      else nodes.set(node.id, { ...node, metrics: {}, paths: [number] });
    }
    for (const hop of path.relationships) {
      const known = edges.get(hop.id);
      if (known) {
        addOnce(known.paths, number);
        continue;
      }
      edges.set(hop.id, {
        id: hop.id,
        source: hop.source,
        sourceName: hop.sourceName,
        target: hop.target,
        targetName: hop.targetName,
        family: hop.family,
        kind: hop.kind,
        weight: hop.weight,
        summary: hop.summary,
        ...dateColumns(hop.date),
        citations: hop.citations,
        ...evidenceColumns(hop.evidence),
        paths: [number],
      });
    }
  });
  const fromName = paths[0]?.nodes[0]?.name ?? params.from;
  const toName = paths[0]?.nodes.at(-1)?.name ?? params.to;
  return {
    slug: `paths-${params.from}-to-${params.to}`,
    title: `Paths from ${fromName} to ${toName}`,
    query: {
      analysis: "paths",
      from: params.from,
      to: params.to,
      k: params.k,
      maxHops: params.maxHops,
      families: params.families,
      directed: params.directed,
    },
    truncated: false,
    metricNames: [],
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    paths: paths.map((path, index) => ({
      number: index + 1,
      chain: pathChain(path),
      length: path.length,
      hostileHops: path.hostileHops,
      nodeIds: path.nodes.map((node) => node.id),
      hops: path.relationships.map((hop) => ({
        edgeId: hop.id,
        forward: hop.forward,
        parallelIds: hop.parallelIds,
      })),
    })),
  };
}

function addOnce(list: number[] | undefined, value: number): void {
  if (list && !list.includes(value)) list.push(value);
}
