/**
 * The wire format of Cypher values (JSON). Plain JSON stands for itself: null, booleans, strings,
 * lists, and numbers, which are always integers within ±(2^53 − 1). Everything else is an object
 * tagged with `$type`, so a float 1.0 never passes for the integer 1 and a map never for a node.
 */
export type CypherJson = null | boolean | number | string | CypherJson[] | TaggedValue;

export interface NodeJson {
  $type: "Node";
  /** The legacy numeric id, as a decimal string. */
  id: string;
  elementId: string;
  labels: string[];
  properties: Record<string, CypherJson>;
}

export interface RelationshipJson {
  $type: "Relationship";
  id: string;
  elementId: string;
  type: string;
  /** Legacy numeric ids of the end nodes, as decimal strings. */
  startNodeId: string;
  endNodeId: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, CypherJson>;
}

export interface PathJson {
  $type: "Path";
  /** nodes[i] -relationships[i]- nodes[i+1]; one node for a zero-length path. */
  nodes: NodeJson[];
  relationships: RelationshipJson[];
}

export interface DateJson {
  $type: "Date";
  value: string;
  year: number;
  month: number;
  day: number;
}

export interface TimeFields {
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
}

export type LocalTimeJson = { $type: "LocalTime"; value: string } & TimeFields;
export type TimeJson = { $type: "Time"; value: string; offsetSeconds: number } & TimeFields;
export type LocalDateTimeJson = { $type: "LocalDateTime"; value: string } & TimeFields &
  Omit<DateJson, "$type" | "value">;
export type DateTimeJson = {
  $type: "DateTime";
  value: string;
  /** Absent when Neo4j sent only a zone id. */
  offsetSeconds?: number;
  zoneId?: string;
} & TimeFields &
  Omit<DateJson, "$type" | "value">;

export interface DurationJson {
  $type: "Duration";
  value: string;
  /** Decimal strings: each component is a 64-bit integer. */
  months: string;
  days: string;
  seconds: string;
  nanoseconds: string;
}

export interface PointJson {
  $type: "Point";
  srid: number;
  x: number;
  y: number;
  z?: number;
}

export type TaggedValue =
  | { $type: "Integer"; value: string }
  | { $type: "Float"; value: number | "NaN" | "Infinity" | "-Infinity" | "-0" }
  | { $type: "Map"; value: Record<string, CypherJson> }
  | { $type: "Bytes"; value: string }
  | NodeJson
  | RelationshipJson
  | PathJson
  | DateJson
  | LocalTimeJson
  | TimeJson
  | LocalDateTimeJson
  | DateTimeJson
  | DurationJson
  | PointJson
  | { $type: "Unknown"; value: string };
