import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";
import { periodSchema } from "@/lib/domain/period-schema";
import { documentFormatSchema } from "@/lib/documents/extract/types";

/*
 * The curation API's request bodies (docs/curation.md), one schema per boundary; the answers'
 * types are in lib/curation/types.ts.
 */

/** A document's text: past this, paste a shorter text or split it (about 300,000 words). */
export const DOCUMENT_TEXT_MAX = 2_000_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * What a curator stores about a document: the extraction's suggestions (lib/documents/extract,
 * `documentMetadataSchema`) checked and completed — a title is required, a date is a period.
 */
export const curatedMetadataSchema = z.strictObject({
  title: z.string().trim().min(1, "is required").max(500),
  subtitle: optionalText(1_000),
  section: optionalText(200),
  publisher: optionalText(300),
  author: optionalText(300),
  published: periodSchema.nullish().transform((value) => value ?? null),
  publishedYearInferred: z.boolean().default(false),
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .max(2_000)
    .nullish()
    .transform((value) => value ?? null),
  language: optionalText(20),
});
export type CuratedMetadata = z.output<typeof curatedMetadataSchema>;

export const DOCUMENT_ORIGINS = ["paste", "upload", "url", "seed"] as const;

const offset = z.number().int().min(0);

/** `POST /api/documents`: a draft; its body range defaults to the whole text. */
export const createDraftBodySchema = z.strictObject({
  text: z.string().min(1, "must not be empty").max(DOCUMENT_TEXT_MAX),
  metadata: curatedMetadataSchema,
  bodyStart: offset.optional(),
  bodyEnd: offset.optional(),
  origin: z.enum(DOCUMENT_ORIGINS).exclude(["seed"]).default("paste"),
  format: documentFormatSchema.default("text"),
  /** The extraction's normalisation report, kept with the draft for the record. */
  normalisation: z.record(z.string(), z.number().int().min(0)).optional(),
  sourceFile: optionalText(300),
});
export type CreateDraftBody = z.output<typeof createDraftBodySchema>;
/** What a client sends (defaults not yet applied). */
export type CreateDraftRequest = z.input<typeof createDraftBodySchema>;

/** `PATCH /api/documents/{id}`: a draft's metadata or body range. */
export const updateDraftBodySchema = z.strictObject({
  version: z.number().int().min(0),
  metadata: curatedMetadataSchema.optional(),
  /**
   * The curator's word that this document is a source of its own although others share its
   * publisher (independent reporting); frozen documents too, since it changes no text.
   */
  countsSeparately: z.boolean().optional(),
  bodyStart: offset.optional(),
  bodyEnd: offset.optional(),
});
export type UpdateDraftBody = z.output<typeof updateDraftBodySchema>;

/** `POST /api/documents/{id}/freeze`. */
export const freezeBodySchema = z
  .strictObject({
    version: z.number().int().min(0),
    copyOf: z.string().min(1).max(100).optional(),
    /** This text corrects that frozen document, which it replaces (docs/curation.md). */
    supersedes: z.string().min(1).max(100).optional(),
    independent: z.boolean().optional(),
  })
  .refine((body) => [body.copyOf, body.supersedes, body.independent].filter(Boolean).length <= 1, {
    path: ["independent"],
    message: "copyOf, supersedes and independent exclude each other",
  });
export type FreezeBody = z.output<typeof freezeBodySchema>;
export type FreezeRequest = z.input<typeof freezeBodySchema>;

const mentionRefs = z
  .array(z.strictObject({ id: z.string().min(1).max(200), version: z.number().int().min(0) }))
  .min(1, "names no mention")
  .max(5_000);

const teachAlias = z.enum(["strong", "weak"]).optional();

export const newActorSchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(200),
  kind: z.enum(ACTOR_KINDS),
  description: z.string().trim().min(1, "is required").max(2_000),
});
export type NewActor = z.output<typeof newActorSchema>;

/** `POST /api/documents/{id}/mentions/decide`. */
export const decisionBodySchema = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("link"),
    mentions: mentionRefs,
    actorId: z.string().min(1).max(200),
    teachAlias,
  }),
  z.strictObject({
    action: z.literal("new_actor"),
    mentions: mentionRefs,
    actor: newActorSchema,
    teachAlias,
  }),
  z.strictObject({ action: z.literal("not_actor"), mentions: mentionRefs }),
  z.strictObject({ action: z.literal("not_this_actor"), mentions: mentionRefs }),
  z.strictObject({ action: z.literal("reopen"), mentions: mentionRefs }),
]);
export type Decision = z.output<typeof decisionBodySchema>;

/** `POST /api/documents/{id}/finish`: the curator is done with it (the version they saw). */
export const finishBodySchema = z.strictObject({ version: z.number().int().min(0) });

/** `POST /api/documents/{id}/reanalyse`: nothing to say but the request itself (`{}`). */
export const reanalyseBodySchema = z.strictObject({});

/** `POST /api/documents/extract` with a JSON body (a file comes as multipart). */
export const extractBodySchema = z.union([
  z.strictObject({ text: z.string().min(1, "must not be empty").max(DOCUMENT_TEXT_MAX) }),
  z.strictObject({ url: z.string().min(1, "must not be empty").max(2_000) }),
]);

export const DOCUMENT_STATUSES = ["draft", "frozen", "in_review", "reviewed"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** `GET /api/documents`. */
export const documentListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const CLAIM_STATUSES = ["proposed", "accepted", "rejected", "retracted"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_ORIGINS = ["proposal", "manual", "seed"] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];
export const CLAIM_POLARITIES = ["asserts", "denies", "reports"] as const;

const actorRef = z.string().min(1).max(200);
const kindName = z.string().trim().min(1).max(60);

/** A citation: offsets into the frozen text, inside the body (checked against the document). */
const citationSpan = z
  .strictObject({ start: offset, end: offset })
  .refine((span) => span.end > span.start, { path: ["end"], message: "must be after start" });

const claimDate = z.strictObject({
  start: periodSchema,
  end: periodSchema.optional(),
  label: optionalText(100),
});

/** What a curator may set on a claim, by hand or when editing a proposal. */
export const claimFieldsSchema = z.strictObject({
  subjectId: actorRef,
  objectId: actorRef,
  family: z.enum(EDGE_FAMILIES),
  kind: kindName,
  polarity: z.enum(CLAIM_POLARITIES).default("asserts"),
  hedged: z.boolean().default(false),
  weight: z.number().int().min(1).max(3),
  summary: optionalText(2_000),
  date: claimDate.nullish().transform((value) => value ?? null),
  citations: z.array(citationSpan).min(1, "a claim cannot be saved without a passage").max(20),
  /** The existing edge this claim corroborates or disputes; absent: the pair's edge of this kind. */
  edgeId: z.string().min(1).max(200).nullish(),
});
export type ClaimFields = z.output<typeof claimFieldsSchema>;

/** `POST /api/documents/{id}/claims`: a claim made by hand from a selection; accepted at once. */
export const createClaimBodySchema = claimFieldsSchema;
export type CreateClaimRequest = z.input<typeof createClaimBodySchema>;

const claimRefs = z
  .array(z.strictObject({ id: z.string().min(1).max(200), version: z.number().int().min(0) }))
  .min(1, "names no claim")
  .max(5_000);

/** `POST /api/documents/{id}/claims/decide`: one action on one claim, or in bulk on many. */
export const claimDecisionBodySchema = z.discriminatedUnion("action", [
  /** Accept as they stand (a proposal's missing family, kind or weight must come in `changes`). */
  z.strictObject({
    action: z.literal("accept"),
    claims: claimRefs,
    changes: claimFieldsSchema.partial().optional(),
  }),
  z.strictObject({
    action: z.literal("reject"),
    claims: claimRefs,
    reason: optionalText(500),
  }),
  z.strictObject({ action: z.literal("defer"), claims: claimRefs }),
  /** Back to proposed (an accepted claim withdrawn, a rejection undone). */
  z.strictObject({ action: z.literal("reopen"), claims: claimRefs }),
  /** An accepted claim withdrawn for good: its edge loses it (the last one removes the edge). */
  z.strictObject({ action: z.literal("retract"), claims: claimRefs, reason: optionalText(500) }),
  /** Change fields of one claim without deciding it (an accepted claim's edge is recomputed). */
  z.strictObject({
    action: z.literal("edit"),
    claims: claimRefs.max(1),
    changes: claimFieldsSchema.partial(),
  }),
]);
export type ClaimDecision = z.output<typeof claimDecisionBodySchema>;
export type ClaimDecisionRequest = z.input<typeof claimDecisionBodySchema>;

/** `POST /api/actors/merge`: the merged actor's mentions, claims and aliases go to the survivor. */
export const mergeActorsBodySchema = z
  .strictObject({
    survivorId: actorRef,
    mergedId: actorRef,
    /** Only report what would change. */
    dryRun: z.boolean().default(false),
  })
  .refine((body) => body.survivorId !== body.mergedId, {
    path: ["mergedId"],
    message: "an actor cannot be merged into itself",
  });
export type MergeActorsBody = z.output<typeof mergeActorsBodySchema>;
export type MergeActorsRequest = z.input<typeof mergeActorsBodySchema>;

/** `POST /api/actors/merges/{id}/unmerge`: nothing to say but the request itself (`{}`). */
export const unmergeBodySchema = z.strictObject({});
