import neo4j, { type Integer, type Node, type Relationship } from "neo4j-driver";
import type {
  CypherJson,
  NodeJson,
  RelationshipJson,
  TaggedValue,
  TimeFields,
} from "@/lib/values/cypher-json";

type IntLike = Integer | number | bigint;

const int = (value: IntLike): Integer => neo4j.int(value as Integer);
const num = (value: IntLike): number => int(value).toNumber();
const str = (value: IntLike): string => int(value).toString();

function serializeFloat(value: number): CypherJson {
  if (Number.isNaN(value)) return { $type: "Float", value: "NaN" };
  if (value === Infinity) return { $type: "Float", value: "Infinity" };
  if (value === -Infinity) return { $type: "Float", value: "-Infinity" };
  if (Object.is(value, -0)) return { $type: "Float", value: "-0" };
  return { $type: "Float", value };
}

function serializeInteger(value: Integer): CypherJson {
  return value.inSafeRange() ? value.toNumber() : { $type: "Integer", value: value.toString() };
}

function properties(props: Record<string, unknown>): Record<string, CypherJson> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, serializeValue(v)]));
}

function serializeNode(node: Node): NodeJson {
  return {
    $type: "Node",
    id: str(node.identity),
    elementId: node.elementId,
    labels: [...node.labels],
    properties: properties(node.properties),
  };
}

function serializeRelationship(rel: Relationship): RelationshipJson {
  return {
    $type: "Relationship",
    id: str(rel.identity),
    elementId: rel.elementId,
    type: rel.type,
    startNodeId: str(rel.start),
    endNodeId: str(rel.end),
    startNodeElementId: rel.startNodeElementId,
    endNodeElementId: rel.endNodeElementId,
    properties: properties(rel.properties),
  };
}

interface RawTime {
  hour: IntLike;
  minute: IntLike;
  second: IntLike;
  nanosecond: IntLike;
}
interface RawDate {
  year: IntLike;
  month: IntLike;
  day: IntLike;
}

const timeFields = (t: RawTime): TimeFields => ({
  hour: num(t.hour),
  minute: num(t.minute),
  second: num(t.second),
  nanosecond: num(t.nanosecond),
});
const dateFields = (d: RawDate) => ({ year: num(d.year), month: num(d.month), day: num(d.day) });

/** Dates, times and durations, whose text form (`String(value)`) is ISO 8601. */
export function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

function serializeTemporal(value: unknown): TaggedValue | null {
  if (!isTemporal(value)) return null;
  const text = String(value);
  if (neo4j.isDateTime(value)) {
    return {
      $type: "DateTime",
      value: text,
      ...dateFields(value),
      ...timeFields(value),
      ...(value.timeZoneOffsetSeconds != null && {
        offsetSeconds: num(value.timeZoneOffsetSeconds),
      }),
      ...(value.timeZoneId != null && { zoneId: value.timeZoneId }),
    };
  }
  if (neo4j.isLocalDateTime(value)) {
    return { $type: "LocalDateTime", value: text, ...dateFields(value), ...timeFields(value) };
  }
  if (neo4j.isDate(value)) return { $type: "Date", value: text, ...dateFields(value) };
  if (neo4j.isTime(value)) {
    return {
      $type: "Time",
      value: text,
      ...timeFields(value),
      offsetSeconds: num(value.timeZoneOffsetSeconds),
    };
  }
  if (neo4j.isLocalTime(value)) return { $type: "LocalTime", value: text, ...timeFields(value) };
  if (neo4j.isDuration(value)) {
    return {
      $type: "Duration",
      value: text,
      months: str(value.months),
      days: str(value.days),
      seconds: str(value.seconds),
      nanoseconds: str(value.nanoseconds),
    };
  }
  return null;
}

/** Any value neo4j-driver returns (lossless integers) → its faithful JSON form; see value-types.ts. */
export function serializeValue(value: unknown): CypherJson {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  // With lossless integers on, a JS number from the driver is always a Cypher FLOAT.
  if (typeof value === "number") return serializeFloat(value);
  if (typeof value === "bigint") return serializeInteger(int(value));
  if (neo4j.isInt(value)) return serializeInteger(value);
  if (Array.isArray(value)) return value.map(serializeValue);
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return { $type: "Bytes", value: Buffer.from(value).toString("base64") };
  }
  if (neo4j.isNode(value)) return serializeNode(value);
  if (neo4j.isRelationship(value)) return serializeRelationship(value);
  if (neo4j.isPath(value)) {
    return {
      $type: "Path",
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(serializeNode),
      relationships: value.segments.map((s) => serializeRelationship(s.relationship)),
    };
  }
  if (neo4j.isPoint(value)) {
    return {
      $type: "Point",
      srid: num(value.srid),
      x: value.x,
      y: value.y,
      ...(value.z !== undefined && { z: value.z }),
    };
  }
  const temporal = serializeTemporal(value);
  if (temporal) return temporal;
  const prototype: unknown = typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) {
    return { $type: "Map", value: properties(value as Record<string, unknown>) };
  }
  return { $type: "Unknown", value: String(value) };
}
