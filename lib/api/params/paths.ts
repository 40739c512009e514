import { z } from "zod";
import { boolParam, intParam, listParam, slug } from "@/lib/api/params/fields";
import { RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

/** k and the hop bound are written into the Cypher pattern, so they stay small integers. */
export const MAX_PATHS = 10;
export const MAX_HOPS = 6;

/** GET /api/paths (and /api/export?analysis=paths). */
export const pathsQuerySchema = z
  .strictObject({
    from: slug,
    to: slug,
    k: intParam(1, MAX_PATHS).default(3),
    maxHops: intParam(1, MAX_HOPS).default(MAX_HOPS),
    families: listParam(RELATIONSHIP_FAMILIES).default([...RELATIONSHIP_FAMILIES]),
    directed: boolParam.default(false),
  })
  .refine((query) => query.from !== query.to, { path: ["to"], message: "must differ from from" });
export type PathsQuery = z.output<typeof pathsQuerySchema>;
