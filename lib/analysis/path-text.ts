import type { InfluencePath, PathHop } from "@/lib/analysis/path-shape";
import type { Citation } from "@/lib/graph/types";

/** "demands-withdrawal-of" → "demands withdrawal of": kinds are stored as kebab-case verbs. */
export function verb(kind: string): string {
  return kind.replace(/-/g, " ");
}

function nameOf(path: InfluencePath, id: string): string {
  return path.nodes.find((n) => n.id === id)?.name ?? id;
}

/** "Iran —backs→ Pro-Iran militias ←opposes— Iraqi Sunnis": each hop drawn the way its tie points. */
export function pathChain(path: InfluencePath): string {
  const parts = [path.nodes[0]?.name ?? ""];
  path.relationships.forEach((hop, i) => {
    const label = verb(hop.kind);
    parts.push(hop.forward ? `—${label}→` : `←${label}—`, path.nodes[i + 1]?.name ?? "");
  });
  return parts.join(" ");
}

function quoteList(citations: Citation[]): string {
  return citations.map((c) => `“${c.text.trim()}”`).join("; ");
}

function footnote(n: number, hop: PathHop): string {
  const titles = [...new Set(hop.citations.map((c) => c.documentTitle ?? c.documentId))];
  const quotes = hop.citations.length > 0 ? quoteList(hop.citations) : "(no stored passage)";
  const dated = hop.date?.label ? ` (${hop.date.label})` : "";
  return `[${n}] ${quotes} — ${titles.join("; ") || "unknown document"}${dated}.`;
}

export interface FootnotedParagraph {
  paragraph: string;
  footnotes: string[];
  /** Paragraph and footnotes together, ready to paste into a report. */
  text: string;
}

/**
 * A path as prose for a report: one clause per hop, stated the way the source states the tie
 * ("X backs Y"), each followed by a footnote carrying its quoted passages and document.
 */
export function footnotedParagraph(path: InfluencePath): FootnotedParagraph {
  const from = path.nodes[0]?.name ?? "";
  const to = path.nodes[path.nodes.length - 1]?.name ?? "";
  const hops = path.length === 1 ? "1 step" : `${path.length} steps`;
  const hostile = path.hostileHops === 1 ? "1 hostile" : `${path.hostileHops} hostile`;
  const clauses = path.relationships.map(
    (hop, i) =>
      `${nameOf(path, hop.source)} ${verb(hop.kind)} ${nameOf(path, hop.target)}[${i + 1}]`,
  );
  const paragraph = `${from} is linked to ${to} in ${hops} (${hostile}): ${clauses.join("; ")}.`;
  const footnotes = path.relationships.map((hop, i) => footnote(i + 1, hop));
  return { paragraph, footnotes, text: [paragraph, "", ...footnotes].join("\n") };
}
