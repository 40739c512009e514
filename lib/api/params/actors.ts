import { z } from "zod";
import { enumParam, intParam } from "@/lib/api/params/fields";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";

/** GET /api/actors */
export const actorsQuerySchema = z.strictObject({
  q: z.string().max(200, "must be at most 200 characters").optional(),
  kind: enumParam(ACTOR_KINDS).optional(),
  limit: intParam(1, 1000).default(50),
  offset: intParam(0, 100_000).default(0),
});
export type ActorsQuery = z.output<typeof actorsQuerySchema>;
