import type { CsvTable } from "@/lib/api/params/export";
import { writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import type { ExportEdge, ExportGraph } from "@/lib/export/export-graph";
import { evidenceColumns } from "@/lib/graph/mappers";

/** Passages within one cell are separated by a blank line; their documents by "; ". */
export const PASSAGE_SEPARATOR = "\n\n";

// The record type below is keyed by this list, so the header and the rows cannot drift apart.
const EDGE_COLUMNS = [
  "id",
  "source",
  "target",
  "type",
  "label",
  "sourceName",
  "targetName",
  "family",
  "kind",
  "weight",
  "summary",
  "dateStart",
  "dateEnd",
  "dateLabel",
  "yearInferred",
  "citationCount",
  "passages",
  "documents",
  "passageIds",
  "claimCount",
  "sourceCount",
  "independentSourceCount",
  "contested",
] as const;
type EdgeRecord = Record<(typeof EDGE_COLUMNS)[number], CsvCell> & { paths?: string };

/**
 * One table of the graph as CSV, written by the one CSV writer (lib/csv/write-csv.ts: RFC 4180,
 * formula cells defused). Column names follow Gephi's spreadsheet import (id and label; source,
 * target, type and weight).
 */
export function toCsv(graph: ExportGraph, table: CsvTable): string {
  const paths = graph.paths ? ["paths"] : [];
  return table === "nodes"
    ? writeCsv(["id", "label", "kind", ...graph.metricNames, ...paths], nodeRecords(graph))
    : writeCsv([...EDGE_COLUMNS, ...paths], edgeRecords(graph));
}

function nodeRecords(graph: ExportGraph): Array<Record<string, CsvCell>> {
  return graph.nodes.map((node) => ({
    id: node.id,
    label: node.name,
    kind: node.kind,
    ...Object.fromEntries(graph.metricNames.map((name) => [name, node.metrics[name] ?? null])),
    ...(graph.paths ? { paths: (node.paths ?? []).join(";") } : {}),
  }));
}

function edgeRecords(graph: ExportGraph): EdgeRecord[] {
  return graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: "Directed",
    label: edge.kind,
    sourceName: edge.sourceName,
    targetName: edge.targetName,
    family: edge.family,
    kind: edge.kind,
    weight: edge.weight,
    summary: edge.summary,
    dateStart: edge.dateStart,
    dateEnd: edge.dateEnd,
    dateLabel: edge.dateLabel,
    yearInferred: edge.yearInferred,
    citationCount: edge.citations.length,
    passages: edge.citations.map((citation) => citation.text).join(PASSAGE_SEPARATOR),
    documents: documentTitles(edge).join("; "),
    passageIds: edge.citations.map((citation) => citation.passageId).join(";"),
    ...evidenceColumns(edge),
    ...(graph.paths ? { paths: (edge.paths ?? []).join(";") } : {}),
  }));
}

export function documentTitles(edge: ExportEdge): string[] {
  return [...new Set(edge.citations.map((c) => c.documentTitle ?? c.documentId))];
}
