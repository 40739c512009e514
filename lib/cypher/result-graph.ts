import type { CypherJson, NodeJson, RelationshipJson } from "@/lib/values/cypher-json";

export interface ResultNodeData {
  id: string;
  label: string;
  labels: string;
  kind: string;
}

export interface ResultEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  family: string;
  weight: number;
}

export interface ResultGraphElements {
  nodes: ResultNodeData[];
  edges: ResultEdgeData[];
}

const FAMILY_BY_TYPE: Record<string, string> = {
  INFLUENCES: "influence",
  HOSTILE_TO: "hostility",
  MEMBER_OF: "membership",
};

function nodeData(node: NodeJson): ResultNodeData {
  const p = node.properties;
  const label = [p.name, p.title, p.id].find((v) => typeof v === "string") as string | undefined;
  return {
    id: node.elementId,
    label: label ?? node.labels[0] ?? node.elementId,
    labels: node.labels.join(":"),
    kind: typeof p.kind === "string" ? p.kind : node.labels.includes("Actor") ? "actor" : "other",
  };
}

function edgeData(rel: RelationshipJson): ResultEdgeData {
  const weight = rel.properties.weight;
  return {
    id: rel.elementId,
    source: rel.startNodeElementId,
    target: rel.endNodeElementId,
    type: rel.type,
    family: FAMILY_BY_TYPE[rel.type] ?? "other",
    weight: typeof weight === "number" ? weight : 1,
  };
}

/**
 * Every node, relationship and path anywhere in the rows (inside lists and maps too), with flat
 * data for Cytoscape. A relationship whose end nodes were not returned gets bare placeholder nodes.
 */
export function resultGraphElements(rows: CypherJson[][]): ResultGraphElements {
  const nodes = new Map<string, ResultNodeData>();
  const edges = new Map<string, ResultEdgeData>();
  const visit = (value: CypherJson): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    switch (value.$type) {
      case "Node":
        nodes.set(value.elementId, nodeData(value));
        return;
      case "Relationship":
        edges.set(value.elementId, edgeData(value));
        return;
      case "Path":
        value.nodes.forEach(visit);
        value.relationships.forEach(visit);
        return;
      case "Map":
        return Object.values(value.value).forEach(visit);
    }
  };
  rows.forEach((row) => row.forEach(visit));
  for (const edge of edges.values()) {
    for (const id of [edge.source, edge.target]) {
      if (!nodes.has(id)) nodes.set(id, { id, label: "?", labels: "", kind: "other" });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
