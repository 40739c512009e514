import { documentTitles } from "@/lib/export/csv";
import type { ExportEdge, ExportGraph, ExportPath } from "@/lib/export/export-graph";

// Inline Markdown (CommonMark and GitHub's) treats these as syntax; a passage may hold any of them.
const MARKDOWN_SYNTAX = /[\\`*_[\]<>~|&^]/g;

/** Text as literal inline Markdown: syntax characters escaped, line breaks folded into spaces. */
export function mdText(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .trim()
    .replace(MARKDOWN_SYNTAX, (char) => `\\${char}`);
}

const verb = (kind: string) => kind.replace(/-/g, " ");

/** "Iran —backs→ Pro-Iran Iraqi militias", names in bold. */
export function relationshipLine(edge: ExportEdge): string {
  return `**${mdText(edge.sourceName)}** —${mdText(verb(edge.kind))}→ **${mdText(edge.targetName)}**`;
}

function when(edge: ExportEdge): string | null {
  if (edge.dateLabel) return edge.dateLabel;
  if (!edge.dateStart) return null;
  return edge.dateEnd && edge.dateEnd !== edge.dateStart
    ? `${edge.dateStart} to ${edge.dateEnd}`
    : edge.dateStart;
}

function details(edge: ExportEdge): string {
  const parts: string[] = [edge.family];
  if (edge.weight !== null) parts.push(`weight ${edge.weight}`);
  const date = when(edge);
  if (date) parts.push(edge.yearInferred ? `${date}, year inferred` : date);
  return parts.map(mdText).join(", ");
}

function footnote(edge: ExportEdge, number: number): string {
  if (edge.citations.length === 0) return `[^${number}]: (no stored passage)`;
  const quotes = edge.citations.map(
    (c) => `“${mdText(c.text)}” — *${mdText(c.documentTitle ?? c.documentId)}*`,
  );
  return `[^${number}]: ${quotes.join("; ")}`;
}

function pathSection(path: ExportPath, edges: Map<string, ExportEdge>, notes: Map<string, number>) {
  const steps = path.length === 1 ? "1 step" : `${path.length} steps`;
  const lines = [
    `### Path ${path.number}: ${steps}, ${path.hostileHops} hostile`,
    "",
    mdText(path.chain),
    "",
  ];
  path.hops.forEach((hop, i) => {
    const edge = edges.get(hop.edgeId);
    if (edge) lines.push(`${i + 1}. ${relationshipLine(edge)}[^${notes.get(edge.id)}]`);
  });
  return [...lines, ""];
}

/**
 * A citation list for a report: every relationship as "Source —kind→ Target" with its family,
 * strength, date and summary, and a numbered footnote quoting each of its passages with the
 * title of the document it comes from. A paths export lists each path's steps first.
 */
export function toMarkdown(graph: ExportGraph): string {
  const notes = new Map(graph.edges.map((edge, i) => [edge.id, i + 1]));
  const edgesById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const documents = new Set(graph.edges.flatMap(documentTitles));
  const lines = [
    `# Influence Atlas: ${mdText(graph.title)}`,
    "",
    `${graph.nodes.length} actors and ${graph.edges.length} relationships, citing ${documents.size} ` +
      `document${documents.size === 1 ? "" : "s"}. Exported from Influence Atlas with ` +
      `\`${queryText(graph.query)}\`.`,
    "",
  ];
  if (graph.truncated) {
    lines.push("The view was cut by its limit: some actors or relationships are not listed.", "");
  }
  if (graph.paths) {
    lines.push("## Paths", "");
    if (graph.paths.length === 0) lines.push("No path links these actors.", "");
    for (const path of graph.paths) lines.push(...pathSection(path, edgesById, notes));
  }
  lines.push("## Relationships", "");
  graph.edges.forEach((edge, i) => {
    const summary = edge.summary ? `: ${mdText(edge.summary)}` : "";
    lines.push(`${i + 1}. ${relationshipLine(edge)} (${details(edge)})${summary}[^${i + 1}]`);
  });
  if (graph.edges.length > 0) {
    lines.push("", "## Sources", "");
    graph.edges.forEach((edge, i) => lines.push(footnote(edge, i + 1), ""));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** `focus=iran&families=influence,hostility`: readable, and safe inside a code span. */
function queryText(query: Record<string, unknown>): string {
  return Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(",") : String(value)}`)
    .join("&")
    .replace(/[`\s]/g, "");
}
