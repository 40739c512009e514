import { z } from "zod";
import { enumParam, intParam, period, slug } from "@/lib/api/params/fields";

/** GET /api/analysis/compare: two different actors. */
export const compareQuerySchema = z
  .strictObject({ a: slug, b: slug })
  .refine((query) => query.a !== query.b, { path: ["b"], message: "must differ from a" });
export type CompareQuery = z.output<typeof compareQuerySchema>;

/** GET /api/analysis/timeline: two periods to compare, kept as given. */
export const timelineQuerySchema = z.strictObject({ before: period, after: period });
export type TimelineQuery = z.output<typeof timelineQuerySchema>;

/** GET /api/analysis/rankings: every actor, or with `top` the N highest by PageRank (1–1000). */
export const rankingsQuerySchema = z.strictObject({ top: intParam(1, 1_000).optional() });

/** GET /api/analysis/jobs/{name}: a whole-graph analysis that runs as a job. */
export const jobParamsSchema = z.strictObject({ name: enumParam(["rankings", "balance"]) });
