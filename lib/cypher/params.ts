import neo4j from "neo4j-driver";
import { BadRequest } from "@/lib/api/errors";
import { deserializeValue } from "@/lib/cypher/deserialize";
import type { CypherJson } from "@/lib/cypher/value-types";

/**
 * Query parameters from JSON: whole numbers become Cypher INTEGERs (so `LIMIT $n` works), other
 * numbers FLOATs; an object with a `$type` is read in the result format (a date, a float 1.0…).
 */
export function paramFromJson(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(paramFromJson);
  if (value !== null && typeof value === "object") {
    if (typeof (value as { $type?: unknown }).$type === "string") {
      return deserializeValue(value as CypherJson);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, paramFromJson(v)]));
  }
  return value;
}

/**
 * Parameters checked by cypherParamsSchema, as driver values. The driver checks ranges itself
 * (a month 13, an unknown zone id) and throws; that is the client's mistake, so a 400.
 */
export function paramsFromJson(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      try {
        return [name, paramFromJson(value)];
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new BadRequest(`Invalid field: params.${name}: ${reason}`, [
          { field: `params.${name}`, message: reason },
        ]);
      }
    }),
  );
}
