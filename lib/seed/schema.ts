import { z } from "zod";
import { isPeriod, periodStart } from "@/lib/seed/periods";

export const ACTOR_KINDS = [
  "person",
  "state",
  "government-body",
  "military",
  "organisation",
  "armed-group",
  "political-movement",
  "community",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS = {
  person: "Person",
  state: "State",
  "government-body": "GovernmentBody",
  military: "Military",
  organisation: "Organisation",
  "armed-group": "ArmedGroup",
  "political-movement": "PoliticalMovement",
  community: "Community",
} as const satisfies Record<ActorKind, string>;

export const RELATIONSHIP_FAMILIES = ["influence", "hostility"] as const;
export type RelationshipFamily = (typeof RELATIONSHIP_FAMILIES)[number];

// Meanings are in graph-seed/README.md; keep the two lists disjoint so a kind names its family.
export const INFLUENCE_KINDS = [
  "advises",
  "allies-with",
  "backs",
  "commands",
  "cooperates-with",
  "courts",
  "cultivates",
  "encourages",
  "funds-or-supplies",
  "negotiates-with",
  "pressures",
  "supports",
  "trains",
] as const;
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number];

export const HOSTILITY_KINDS = [
  "attacks",
  "criticises",
  "demands-withdrawal-of",
  "exploits",
  "fights",
  "kills",
  "opposes",
  "protests-against",
  "rebuffs",
  "rivals",
  "sanctions",
  "suspends-cooperation-with",
  "threatens",
] as const;
export type HostilityKind = (typeof HOSTILITY_KINDS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug (a-z, 0-9, single hyphens)");
const text = z.string().trim().min(1, "must not be empty");
const period = z
  .string()
  .refine(isPeriod, 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a real date');

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
