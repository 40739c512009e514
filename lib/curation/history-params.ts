import { z } from "zod";
import { intParam, slug } from "@/lib/api/params/fields";
import { HISTORY_ENTRIES_MAX, type HistoryFilter } from "@/lib/audit/audit-history";

const SUBJECTS = {
  document: "document",
  actor: "actor",
  claim: "claim",
  relationship: "edge",
} as const;
type Subject = keyof typeof SUBJECTS;
const SUBJECT_NAMES = Object.keys(SUBJECTS) as Subject[];

/**
 * GET /api/history: the history of one document, actor, claim or relationship (at most one of
 * them; none is the global feed), optionally of one user's entries only.
 */
export const entryHistoryQuerySchema = z
  .strictObject({
    document: slug.optional(),
    actor: slug.optional(),
    claim: slug.optional(),
    relationship: slug.optional(),
    user: z
      .string()
      .min(1, "must not be empty")
      .max(200, "must be at most 200 characters")
      .optional(),
    limit: intParam(1, HISTORY_ENTRIES_MAX).default(50),
    offset: intParam(0, 1_000_000).default(0),
  })
  .superRefine((query, ctx) => {
    const given = SUBJECT_NAMES.filter((name) => query[name] !== undefined);
    for (const name of given.slice(1)) {
      ctx.addIssue({
        code: "custom",
        path: [name],
        message: `cannot be combined with ${given[0]}: ask for one history at a time`,
      });
    }
  })
  .transform((query): HistoryFilter => {
    const name = SUBJECT_NAMES.find((subject) => query[subject] !== undefined);
    return {
      about: name ? { kind: SUBJECTS[name], id: query[name]! } : undefined,
      user: query.user,
      limit: query.limit,
      offset: query.offset,
    };
  });
