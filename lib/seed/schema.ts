import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { slugSchema as slug } from "@/lib/domain/ids";
import { isPeriod, periodSchema as period, periodStart } from "@/lib/domain/periods";
import { HOSTILITY_KINDS, INFLUENCE_KINDS } from "@/lib/domain/relationship-families";

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

export const CitationSchema = z.strictObject({
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

export const ActorSchema = z.strictObject({
  id: slug,
  name: text,
  aliases: z.array(text),
  localAliases: z.array(LocalAliasesSchema).optional(),
  kind: z.enum(ACTOR_KINDS),
  description: text,
  country: text.optional(),
  role: text.optional(),
});
export const ActorsFileSchema = z.array(ActorSchema);

const relationshipBase = z.strictObject({
  id: slug,
  source: slug,
  target: slug,
  weight: z.number().int().min(1).max(3),
  summary: text,
  date: DateSchema.optional(),
  citations: z.array(CitationSchema).min(1, "needs at least one citation"),
});

export const RelationshipSchema = z.discriminatedUnion("family", [
  relationshipBase.extend({ family: z.literal("influence"), kind: z.enum(INFLUENCE_KINDS) }),
  relationshipBase.extend({ family: z.literal("hostility"), kind: z.enum(HOSTILITY_KINDS) }),
]);
export const RelationshipsFileSchema = z.array(RelationshipSchema);

export const MembershipSchema = z.strictObject({
  id: slug,
  member: slug,
  group: slug,
  role: text,
  citations: z.array(CitationSchema).min(1, "needs at least one citation"),
});
export const MembershipsFileSchema = z.array(MembershipSchema);

export type DocumentFile = z.infer<typeof DocumentFileSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Relationship = z.infer<typeof RelationshipSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type DatePeriod = z.infer<typeof DateSchema>;
