import { z } from "zod";
import { intParam } from "@/lib/api/params/fields";
import { COMMUNITY_ACTORS_DEFAULT, RENDER_BUDGET, VIEW_ACTORS_MAX } from "@/lib/layout/budget";
import { SHOWN_COMMUNITIES } from "@/lib/summary/summarise";

/** GET /api/graph/summary: `budget` is the element count above which the graph is summarised. */
export const summaryQuerySchema = z.strictObject({
  budget: intParam(1, RENDER_BUDGET).default(RENDER_BUDGET),
});

/** GET /api/graph/summary/communities/{id}: 0 is "the other actors", 1… the communities by size. */
export const communityParamsSchema = z.strictObject({
  id: intParam(0, SHOWN_COMMUNITIES),
});

export const communityQuerySchema = z.strictObject({
  limit: intParam(1, VIEW_ACTORS_MAX).default(COMMUNITY_ACTORS_DEFAULT),
});
