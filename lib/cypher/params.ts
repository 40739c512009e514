import { BadRequest } from "@/lib/api/errors";
import { valueFromJson } from "@/lib/values/deserialize";

/**
 * Parameters checked by cypherParamsSchema, as driver values. The driver checks ranges itself
 * (a month 13, an unknown zone id) and throws; that is the client's mistake, so a 400.
 */
export function paramsFromJson(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      try {
        return [name, valueFromJson(value)];
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new BadRequest(`Invalid field: params.${name}: ${reason}`, [
          { field: `params.${name}`, message: reason },
        ]);
      }
    }),
  );
}
