import { z } from "zod";
import { period, slug } from "@/lib/api/params/fields";

/** GET /api/analysis/compare: two different actors. */
export const compareQuerySchema = z
  .strictObject({ a: slug, b: slug })
  .refine((query) => query.a !== query.b, { path: ["b"], message: "must differ from a" });
export type CompareQuery = z.output<typeof compareQuerySchema>;

/** GET /api/analysis/timeline: two periods to compare, kept as given. */
export const timelineQuerySchema = z.strictObject({ before: period, after: period });
export type TimelineQuery = z.output<typeof timelineQuerySchema>;
