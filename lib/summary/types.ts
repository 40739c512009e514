import { z } from "zod";
import { GraphResponseSchema } from "@/lib/graph/types";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";

/** The summary's shapes, written once: the route sends them, the explorer reads them. */

export const SummaryActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  /** Weighted degree: the summed weights of the actor's influence and hostility ties, both ways, plus 2 per membership. */
  score: z.number(),
  /** The community the actor is drawn in (0: the other actors). */
  community: z.number().int(),
});
export type SummaryActor = z.infer<typeof SummaryActorSchema>;

export const SummaryCommunitySchema = z.object({
  /** 1 for the largest community, 2 for the next…; 0 gathers small clusters and untied actors. */
  id: z.number().int(),
  size: z.number().int(),
  /** Ties of any family with both ends inside the community. */
  internalTies: z.number().int(),
  /** Its best-connected members, strongest first. */
  leaders: z.array(SummaryActorSchema),
});
export type SummaryCommunity = z.infer<typeof SummaryCommunitySchema>;

/** Ties between two communities, counted per family, whichever way they point. */
export const SummaryTieSchema = z.object({
  source: z.number().int(),
  target: z.number().int(),
  influence: z.number().int(),
  hostility: z.number().int(),
  membership: z.number().int(),
});
export type SummaryTie = z.infer<typeof SummaryTieSchema>;

export const GraphSummarySchema = z.object({
  totals: z.object({
    actors: z.number().int(),
    relationships: z.number().int(),
    memberships: z.number().int(),
  }),
  /** The most elements the explorer draws at once. */
  budget: z.number().int(),
  /** True when the whole graph holds more elements than the budget: the explorer summarises it. */
  oversize: z.boolean(),
  communities: z.array(SummaryCommunitySchema),
  ties: z.array(SummaryTieSchema),
  topActors: z.array(SummaryActorSchema),
  /** When the summary was computed (ISO time); it is recomputed when the graph's counts change. */
  computedAt: z.string().nullable(),
});
export type GraphSummary = z.infer<typeof GraphSummarySchema>;

export const PositionsSchema = z.record(z.string(), z.object({ x: z.number(), y: z.number() }));

/** A view with its positions, when it is large enough to be laid out on the server. */
export const PositionedGraphSchema = GraphResponseSchema.extend({
  positions: PositionsSchema.nullable(),
});
export type PositionedGraph = z.infer<typeof PositionedGraphSchema>;

export const CommunityGraphSchema = PositionedGraphSchema.extend({
  community: SummaryCommunitySchema,
});
export type CommunityGraph = z.infer<typeof CommunityGraphSchema>;
