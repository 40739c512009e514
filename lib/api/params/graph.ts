import { z } from "zod";
import { boolParam, fromDate, intParam, listParam, slug, toDate } from "@/lib/api/params/fields";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";

export const GRAPH_LIMIT_DEFAULT = 1000;
export const GRAPH_LIMIT_MAX = 10_000;

/** GET /api/graph (issue 6's exports take the same view parameters). */
export const graphQuerySchema = z
  .strictObject({
    focus: slug.optional(),
    depth: intParam(1, 3).default(1),
    families: listParam(EDGE_FAMILIES).default([...EDGE_FAMILIES]),
    /** Actor kinds: only actors of these kinds are shown (the focused actor always is). */
    kinds: listParam(ACTOR_KINDS).optional(),
    minWeight: intParam(1, 3).optional(),
    from: fromDate.optional(),
    to: toDate.optional(),
    /** With from/to: keep undated influence and hostility too (the explorer's default). */
    undated: boolParam.default(false),
    limit: intParam(1, GRAPH_LIMIT_MAX).default(GRAPH_LIMIT_DEFAULT),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "must not be before from",
  });
export type GraphQuery = z.output<typeof graphQuerySchema>;
/** What a client may send: every field a string, as in the URL. */
export type GraphQueryInput = z.input<typeof graphQuerySchema>;
