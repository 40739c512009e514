import neo4j from "neo4j-driver";
import { isTemporal } from "@/lib/values/serialize";

/**
 * Turns driver values into the plain values the read API's mappers read (lib/graph/values.ts):
 * Integers become numbers (strings when beyond 2^53, so no precision is lost silently), temporal
 * values ISO strings, graph values plain objects. This is not a wire format — it drops types on
 * purpose (a date and its ISO string look alike) and has no way back; anything that must come
 * back exactly (the console, db:dump) uses the lossless codec in lib/values/. Kept apart because
 * it runs on every row of every read and skips the codec's tagging.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  // Strings, floats and booleans, most of what a graph holds, need no checks (and a 100k graph's
  // answers hold tens of thousands of them).
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toNative);
  // Maps (records, projections) are plain objects; the driver's own values are class instances.
  // Telling them apart first spares every map eight type checks.
  if (Object.getPrototypeOf(value) === Object.prototype) return nativeEntries(value);
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) {
    return {
      elementId: value.elementId,
      labels: value.labels,
      properties: toNative(value.properties),
    };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toNative(value.properties),
    };
  }
  return nativeEntries(value);
}

function nativeEntries(value: object): Record<string, unknown> {
  const native: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) native[key] = toNative(entry);
  return native;
}
