import { stringify } from "csv-stringify/sync";
import type { CsvTable } from "@/lib/api/params/export";
import type { ExportEdge, ExportGraph } from "@/lib/export/export-graph";

type Cell = string | number | boolean | null;

/** Passages within one cell are separated by a blank line; their documents by "; ". */
export const PASSAGE_SEPARATOR = "\n\n";

/**
 * One table of the graph as RFC 4180 CSV: a header row, CRLF line ends, fields with commas,
 * quotes or line breaks quoted (quotes doubled), and any cell a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or CR) prefixed with an apostrophe. Column names follow
 * Gephi's spreadsheet import (id and label; source, target, type and weight).
 */
export function toCsv(graph: ExportGraph, table: CsvTable): string {
  const records = table === "nodes" ? nodeRecords(graph) : edgeRecords(graph);
  return stringify(records, {
    header: true,
    record_delimiter: "windows",
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}

function nodeRecords(graph: ExportGraph): Array<Record<string, Cell>> {
  return graph.nodes.map((node) => ({
    id: node.id,
    label: node.name,
    kind: node.kind,
    ...Object.fromEntries(graph.metricNames.map((name) => [name, node.metrics[name] ?? null])),
    ...(graph.paths ? { paths: (node.paths ?? []).join(";") } : {}),
  }));
}

function edgeRecords(graph: ExportGraph): Array<Record<string, Cell>> {
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
    ...(graph.paths ? { paths: (edge.paths ?? []).join(";") } : {}),
  }));
}

export function documentTitles(edge: ExportEdge): string[] {
  return [...new Set(edge.citations.map((c) => c.documentTitle ?? c.documentId))];
}
