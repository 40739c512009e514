import { documentTitles, PASSAGE_SEPARATOR } from "@/lib/export/csv";
import type { ExportEdge, ExportGraph, ExportNode } from "@/lib/export/export-graph";

export const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

type AttrType = "string" | "int" | "double" | "boolean";
type Value = string | number | boolean | null | undefined;

interface Key<T> {
  name: string;
  type: AttrType;
  value: (item: T) => Value;
}

// XML 1.0 allows tab, line feed, carriage return and the Unicode ranges below; anything else
// (NUL and other control characters, lone surrogates) would make the file unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// Parsers turn a raw carriage return into a line feed, so it travels as a reference.
const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\r": "&#13;",
};
// In attributes quotes end the value, and parsers fold raw line breaks and tabs into spaces.
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
};

/** Character data: markup escaped, characters XML cannot hold dropped. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, "").replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char]!);
}

export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, "").replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

function tag(name: string, attributes: Record<string, string>, close = ""): string {
  const written = Object.entries(attributes).map(
    ([key, value]) => ` ${key}="${xmlAttribute(value)}"`,
  );
  return `<${name}${written.join("")}${close}>`;
}

function nodeKeys(graph: ExportGraph): Array<Key<ExportNode>> {
  return [
    // Gephi takes `label` as the node's label; Cytoscape desktop shows `name`.
    { name: "label", type: "string", value: (node) => node.name },
    { name: "name", type: "string", value: (node) => node.name },
    { name: "kind", type: "string", value: (node) => node.kind },
    ...graph.metricNames.map((metric): Key<ExportNode> => ({
      name: metric,
      type: "int",
      value: (n) => n.metrics[metric],
    })),
    ...(graph.paths
      ? [
          {
            name: "paths",
            type: "string",
            value: (n) => n.paths?.join(";"),
          } satisfies Key<ExportNode>,
        ]
      : []),
  ];
}

function edgeKeys(graph: ExportGraph): Array<Key<ExportEdge>> {
  return [
    { name: "label", type: "string", value: (edge) => edge.kind },
    { name: "family", type: "string", value: (edge) => edge.family },
    { name: "kind", type: "string", value: (edge) => edge.kind },
    // Gephi reads `weight` as the edge weight; memberships have none and get Gephi's default.
    { name: "weight", type: "double", value: (edge) => edge.weight },
    { name: "summary", type: "string", value: (edge) => edge.summary },
    { name: "dateStart", type: "string", value: (edge) => edge.dateStart },
    { name: "dateEnd", type: "string", value: (edge) => edge.dateEnd },
    { name: "dateLabel", type: "string", value: (edge) => edge.dateLabel },
    { name: "yearInferred", type: "boolean", value: (edge) => edge.yearInferred },
    { name: "citationCount", type: "int", value: (edge) => edge.citations.length },
    {
      name: "passages",
      type: "string",
      value: (edge) => edge.citations.map((c) => c.text).join(PASSAGE_SEPARATOR),
    },
    { name: "documents", type: "string", value: (edge) => documentTitles(edge).join("; ") },
    { name: "claimCount", type: "int", value: (edge) => edge.claimCount },
    { name: "sourceCount", type: "int", value: (edge) => edge.sourceCount },
    { name: "independentSourceCount", type: "int", value: (edge) => edge.independentSourceCount },
    { name: "contested", type: "boolean", value: (edge) => edge.contested },
    ...(graph.paths
      ? [
          {
            name: "paths",
            type: "string",
            value: (e) => e.paths?.join(";"),
          } satisfies Key<ExportEdge>,
        ]
      : []),
  ];
}

function declarations<T>(keys: Array<Key<T>>, kind: "node" | "edge", prefix: string): string[] {
  return keys.map(
    (key) =>
      `  ${tag("key", { id: `${prefix}_${key.name}`, for: kind, "attr.name": key.name, "attr.type": key.type }, "/")}`,
  );
}

function element<T>(
  name: string,
  attributes: Record<string, string>,
  item: T,
  keys: Array<Key<T>>,
  prefix: string,
): string[] {
  const data = keys.flatMap((key) => {
    const value = key.value(item);
    if (value === null || value === undefined || value === "") return [];
    return [`      <data key="${prefix}_${key.name}">${xmlText(String(value))}</data>`];
  });
  if (data.length === 0) return [`    ${tag(name, attributes, "/")}`];
  return [`    ${tag(name, attributes)}`, ...data, `    </${name}>`];
}

/**
 * The graph as GraphML (graphml.graphdrawing.org), which Gephi, Cytoscape desktop, yEd and
 * NetworkX read: one typed `<key>` per attribute, directed edges, ids as in the API. Written by
 * hand with every value escaped: the format is a dozen fixed elements, and xmlbuilder2 (tried
 * first) leaves `&amp;` in text unescaped, taking it for an entity, which would alter a passage.
 */
export function toGraphml(graph: ExportGraph): string {
  const nodeKeyList = nodeKeys(graph);
  const edgeKeyList = edgeKeys(graph);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}">`,
    `  ${tag("key", { id: "g_title", for: "graph", "attr.name": "title", "attr.type": "string" }, "/")}`,
    ...declarations(nodeKeyList, "node", "n"),
    ...declarations(edgeKeyList, "edge", "e"),
    `  ${tag("graph", { id: graph.slug, edgedefault: "directed" })}`,
    `    <data key="g_title">${xmlText(graph.title)}</data>`,
    ...graph.nodes.flatMap((node) => element("node", { id: node.id }, node, nodeKeyList, "n")),
    ...graph.edges.flatMap((edge) =>
      element(
        "edge",
        { id: edge.id, source: edge.source, target: edge.target },
        edge,
        edgeKeyList,
        "e",
      ),
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
