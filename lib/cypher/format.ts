import type { CypherJson, NodeJson, RelationshipJson } from "@/lib/values/cypher-json";

function formatFloat(value: number | string): string {
  if (typeof value === "string") return value;
  // A float keeps a decimal point, so 1.0 never reads as the integer 1.
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(1) : String(value);
}

function formatProperties(properties: Record<string, CypherJson>): string {
  const entries = Object.entries(properties);
  if (entries.length === 0) return "";
  return ` {${entries.map(([k, v]) => `${k}: ${formatValue(v, true)}`).join(", ")}}`;
}

const formatNode = (n: NodeJson) =>
  `(${n.labels.map((l) => `:${l}`).join("")}${formatProperties(n.properties)})`;
const formatRelationship = (r: RelationshipJson) => `[:${r.type}${formatProperties(r.properties)}]`;

/**
 * A Cypher value as Neo4j Browser would print it: strings bare at the top level and quoted inside
 * lists and maps, floats with a decimal point, temporal values in ISO form.
 */
export function formatValue(value: CypherJson, nested = false): string {
  if (value === null) return "null";
  if (typeof value === "string") return nested ? JSON.stringify(value) : value;
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, true)).join(", ")}]`;
  switch (value.$type) {
    case "Integer":
    case "Unknown":
      return value.value;
    case "Float":
      return formatFloat(value.value);
    case "Map":
      return `{${Object.entries(value.value)
        .map(([k, v]) => `${k}: ${formatValue(v, true)}`)
        .join(", ")}}`;
    case "Bytes":
      return `bytes(${value.value})`;
    case "Node":
      return formatNode(value);
    case "Relationship":
      return formatRelationship(value);
    case "Path": {
      let text = formatNode(value.nodes[0]!);
      value.relationships.forEach((r, i) => {
        const next = value.nodes[i + 1]!;
        const forward = r.startNodeElementId === value.nodes[i]!.elementId;
        const rel = formatRelationship(r);
        text += forward ? `-${rel}->${formatNode(next)}` : `<-${rel}-${formatNode(next)}`;
      });
      return text;
    }
    case "Point":
      return `point({srid: ${value.srid}, x: ${value.x}, y: ${value.y}${value.z === undefined ? "" : `, z: ${value.z}`}})`;
    default:
      return value.value;
  }
}

/** The type name shown beside a value, as Cypher calls it. */
export function cypherTypeOf(value: CypherJson): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return "STRING";
  if (typeof value === "boolean") return "BOOLEAN";
  if (typeof value === "number") return "INTEGER";
  if (Array.isArray(value)) return "LIST";
  const names: Record<string, string> = {
    LocalTime: "LOCAL TIME",
    Time: "ZONED TIME",
    LocalDateTime: "LOCAL DATETIME",
    DateTime: "ZONED DATETIME",
    Bytes: "BYTE ARRAY",
  };
  return names[value.$type] ?? value.$type.toUpperCase();
}
