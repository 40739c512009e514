import { z } from "zod";
import { intParam } from "@/lib/api/params/fields";
import { parseViewState, serializeViewState, viewStateIssues } from "@/lib/explorer/view-state";

export const SAVED_VIEW_NAME_MAX = 120;
/** A view's query string; the longest seen in use (many dragged positions) is under 2 KB. */
export const SAVED_VIEW_STATE_MAX = 8 * 1024;
/** Anything bigger is refused before it is parsed (413). */
export const SAVED_VIEW_BODY_MAX = 64 * 1024;

export const SAVED_VIEW_ID = /^[0-9a-f]{16}$/;

/**
 * The explorer's URL query string (with or without its "?"), checked parameter by parameter
 * and stored in the form the explorer itself writes, so reopening it gives the same URL.
 */
const viewStateField = z
  .string()
  .refine((text) => new TextEncoder().encode(text).length <= SAVED_VIEW_STATE_MAX, {
    message: `must be at most ${SAVED_VIEW_STATE_MAX} bytes`,
  })
  .transform((text, ctx) => {
    const params = new URLSearchParams(text.replace(/^\?/, ""));
    for (const message of viewStateIssues(params)) ctx.addIssue({ code: "custom", message });
    return serializeViewState(parseViewState(params)).toString();
  });

/** The body of POST /api/views. */
export const savedViewInputSchema = z.strictObject({
  name: z
    .string({ error: "must be a string" })
    .trim()
    .min(1, "must not be empty")
    .regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters")
    .max(SAVED_VIEW_NAME_MAX, `must be at most ${SAVED_VIEW_NAME_MAX} characters`),
  state: z.string({ error: "must be a string" }).pipe(viewStateField),
});
export type SavedViewInput = z.output<typeof savedViewInputSchema>;

export const savedViewIdSchema = z.strictObject({
  id: z.string().regex(SAVED_VIEW_ID, "must be a saved view id: 16 hexadecimal digits"),
});

/** GET /api/views: the signed-in user's own views, whose cap (ATLAS_VIEWS_PER_USER_MAX) is at most 100,000. */
export const savedViewsQuerySchema = z.strictObject({
  limit: intParam(1, 200).default(50),
  offset: intParam(0, 100_000).default(0),
});
export type SavedViewsQuery = z.output<typeof savedViewsQuerySchema>;

/**
 * The views saved from this browser while signed out, as it remembers them (localStorage): no
 * server lists anonymous views. Anything else found there (older, edited by hand) is dropped.
 */
export const rememberedViewsSchema = z
  .array(
    z.object({
      id: z.string().regex(SAVED_VIEW_ID),
      name: z.string().max(SAVED_VIEW_NAME_MAX),
      createdAt: z.string(),
    }),
  )
  .max(200)
  .catch([]);
export type RememberedView = z.output<typeof rememberedViewsSchema>[number];
