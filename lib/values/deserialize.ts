import neo4j from "neo4j-driver";
import type { CypherJson, NodeJson, RelationshipJson } from "@/lib/values/cypher-json";

const { types, int } = neo4j;

const FLOAT_WORDS = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 } as const;

function props(record: Record<string, CypherJson>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, deserializeValue(v)]));
}

const node = (n: NodeJson) => new types.Node(int(n.id), n.labels, props(n.properties), n.elementId);

const relationship = (r: RelationshipJson) =>
  new types.Relationship(
    int(r.id),
    int(r.startNodeId),
    int(r.endNodeId),
    r.type,
    props(r.properties),
    r.elementId,
    r.startNodeElementId,
    r.endNodeElementId,
  );

/**
 * The inverse of serializeValue: wire JSON back to neo4j-driver values. It proves the format
 * loses nothing (tests compare it with what the driver returned), and can rebuild query
 * parameters of any type.
 */
export function deserializeValue(value: CypherJson): unknown {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return int(value);
  if (Array.isArray(value)) return value.map(deserializeValue);
  switch (value.$type) {
    case "Integer":
      return int(value.value);
    case "Float":
      return typeof value.value === "number" ? value.value : FLOAT_WORDS[value.value];
    case "Map":
      return props(value.value);
    case "Bytes":
      return new Int8Array(Buffer.from(value.value, "base64"));
    case "Node":
      return node(value);
    case "Relationship":
      return relationship(value);
    case "Path": {
      const nodes = value.nodes.map(node);
      const segments = value.relationships.map(
        (r, i) => new types.PathSegment(nodes[i]!, relationship(r), nodes[i + 1]!),
      );
      return new types.Path(nodes[0]!, nodes[nodes.length - 1]!, segments);
    }
    case "Date":
      return new types.Date(int(value.year), int(value.month), int(value.day));
    case "LocalTime":
      return new types.LocalTime(
        int(value.hour),
        int(value.minute),
        int(value.second),
        int(value.nanosecond),
      );
    case "Time":
      return new types.Time(
        int(value.hour),
        int(value.minute),
        int(value.second),
        int(value.nanosecond),
        int(value.offsetSeconds),
      );
    case "LocalDateTime":
      return new types.LocalDateTime(
        int(value.year),
        int(value.month),
        int(value.day),
        int(value.hour),
        int(value.minute),
        int(value.second),
        int(value.nanosecond),
      );
    case "DateTime":
      return new types.DateTime(
        int(value.year),
        int(value.month),
        int(value.day),
        int(value.hour),
        int(value.minute),
        int(value.second),
        int(value.nanosecond),
        value.offsetSeconds === undefined ? undefined : int(value.offsetSeconds),
        value.zoneId,
      );
    case "Duration":
      return new types.Duration(
        int(value.months),
        int(value.days),
        int(value.seconds),
        int(value.nanoseconds),
      );
    case "Point":
      return new types.Point(int(value.srid), value.x, value.y, value.z);
    case "Unknown":
      return value.value;
  }
}

/**
 * JSON as people write it (console parameters) or as serializeValue wrote it (dumps) → driver
 * values: whole numbers become INTEGERs (so `LIMIT $n` works), other numbers FLOATs, an object
 * with a `$type` is read by deserializeValue, any other object is a map.
 */
export function valueFromJson(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? int(value) : value;
  if (Array.isArray(value)) return value.map(valueFromJson);
  if (value !== null && typeof value === "object") {
    if (typeof (value as { $type?: unknown }).$type === "string") {
      return deserializeValue(value as CypherJson);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, valueFromJson(v)]));
  }
  return value;
}
