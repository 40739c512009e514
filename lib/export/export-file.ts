import type { CsvTable, ExportFormat } from "@/lib/api/params/export";
import { toCsv } from "@/lib/export/csv";
import type { ExportGraph } from "@/lib/export/export-graph";
import { toGraphml } from "@/lib/export/graphml";
import { toMarkdown } from "@/lib/export/markdown";

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  graphml: "application/graphml+xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
};

const EXTENSIONS: Record<ExportFormat, string> = {
  csv: "csv",
  graphml: "graphml",
  json: "json",
  markdown: "md",
};

/** The export as JSON: the nodes, the edges with their citations, and the paths if any. */
export function toJson(graph: ExportGraph): string {
  const { title, query, truncated, nodes, edges, paths } = graph;
  return `${JSON.stringify({ title, query, truncated, nodes, edges, paths }, null, 2)}\n`;
}

/** influence-atlas-<view>[-<table>].<ext>, in characters every file system and header accepts. */
export function exportFilename(graph: ExportGraph, format: ExportFormat, table?: CsvTable): string {
  const view = graph.slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 120);
  const suffix = format === "csv" ? `-${table ?? "edges"}` : "";
  return `influence-atlas-${view}${suffix}.${EXTENSIONS[format]}`;
}

export function exportFile(graph: ExportGraph, format: ExportFormat, table?: CsvTable): ExportFile {
  const body =
    format === "csv"
      ? toCsv(graph, table ?? "edges")
      : format === "graphml"
        ? toGraphml(graph)
        : format === "markdown"
          ? toMarkdown(graph)
          : toJson(graph);
  return {
    body,
    contentType: CONTENT_TYPES[format],
    filename: exportFilename(graph, format, table),
  };
}
