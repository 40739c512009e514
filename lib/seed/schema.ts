import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { slugSchema as slug } from "@/lib/domain/ids";
import { periodSchema as period } from "@/lib/domain/period-schema";
import { isPeriod, periodStart } from "@/lib/domain/periods";
import { HOSTILITY_KINDS, INFLUENCE_KINDS } from "@/lib/domain/relationship-families";

/*
 * The seed files' entries as a curator writes them (quotes, not offsets). The read API's shapes
 * for the same concepts are in lib/graph/types.ts; the loader turns one into the other.
 */

const text = z.string().trim().min(1, "must not be empty");

function endsBeforeStart(start: string, end: string | undefined): boolean {
  if (end === undefined || !isPeriod(start) || !isPeriod(end)) return false;
  return periodStart(end) < periodStart(start);
}

export const DateSchema = z
  .strictObject({
    start: period,
    end: period.optional(),
    yearInferred: z.boolean(),
    label: text.optional(),
  })
  .refine((date) => !endsBeforeStart(date.start, date.end), {
    path: ["end"],
    message: "must not begin before start",
  });

export const QuoteSchema = z.strictObject({
  // Not trimmed: a quote is matched byte for byte against the document text.
  quote: z.string().min(1, "must not be empty"),
  occurrence: z.number().int().min(1).optional(),
});

export const DocumentFileSchema = z.strictObject({
  id: slug,
  title: text,
  subtitle: text.optional(),
  section: text.optional(),
  publisher: text.optional(),
  author: text.optional(),
  url: text.optional(),
  language: text.optional(),
  published: z.strictObject({ date: period, yearInferred: z.boolean() }).optional(),
  sourceFile: text,
  body: z.strictObject({
    startQuote: z.string().min(1, "must not be empty"),
    endQuote: z.string().min(1, "must not be empty"),
  }),
});

// Aliases that refer to the actor only inside one document ("the president"): used to find
// mentions in that document's passages and nowhere else.
export const LocalAliasesSchema = z.strictObject({
  document: slug,
  aliases: z.array(text).min(1, "needs at least one alias"),
});

export const ActorEntrySchema = z.strictObject({
  id: slug,
  name: text,
  aliases: z.array(text),
  localAliases: z.array(LocalAliasesSchema).optional(),
  kind: z.enum(ACTOR_KINDS),
  description: text,
  country: text.optional(),
  role: text.optional(),
});
export const ActorsFileSchema = z.array(ActorEntrySchema);

const relationshipBase = z.strictObject({
  id: slug,
  source: slug,
  target: slug,
  weight: z.number().int().min(1).max(3),
  summary: text,
  date: DateSchema.optional(),
  citations: z.array(QuoteSchema).min(1, "needs at least one citation"),
});

export const RelationshipEntrySchema = z.discriminatedUnion("family", [
  relationshipBase.extend({ family: z.literal("influence"), kind: z.enum(INFLUENCE_KINDS) }),
  relationshipBase.extend({ family: z.literal("hostility"), kind: z.enum(HOSTILITY_KINDS) }),
]);
export const RelationshipsFileSchema = z.array(RelationshipEntrySchema);

export const MembershipEntrySchema = z.strictObject({
  id: slug,
  member: slug,
  group: slug,
  role: text,
  citations: z.array(QuoteSchema).min(1, "needs at least one citation"),
});
export const MembershipsFileSchema = z.array(MembershipEntrySchema);

/**
 * `decisions.json` (optional): what a curator judged about names in this document, so that an
 * exported document imports with its rejected suggestions still rejected (docs/curation.md).
 */
export const DecisionEntrySchema = z.strictObject({
  surface: text,
  verdict: z.enum(["not_actor", "not_this_actor"]),
  actorId: slug.optional(),
});
export const DecisionsFileSchema = z.array(DecisionEntrySchema);
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;

export type DocumentFile = z.infer<typeof DocumentFileSchema>;
export type ActorEntry = z.infer<typeof ActorEntrySchema>;
export type RelationshipEntry = z.infer<typeof RelationshipEntrySchema>;
export type MembershipEntry = z.infer<typeof MembershipEntrySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DatePeriod = z.infer<typeof DateSchema>;
