import { z } from "zod";
import { RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

export const MAX_PATHS = 10;
export const MAX_HOPS = 6;

const actorId = z.string().trim().min(1, "is required").max(200);
const boolean = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

const familyList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((f) => f.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z.enum(RELATIONSHIP_FAMILIES, {
          message: `must be among ${RELATIONSHIP_FAMILIES.join(", ")}`,
        }),
      )
      .min(1, "must name at least one family"),
  )
  .transform((list) => [...new Set(list)]);

/** The query string of GET /api/paths. */
export const pathParamsSchema = z
  .object({
    from: actorId,
    to: actorId,
    k: z.coerce.number().int("must be a whole number").min(1).max(MAX_PATHS).default(3),
    maxHops: z.coerce.number().int("must be a whole number").min(1).max(MAX_HOPS).default(MAX_HOPS),
    families: familyList.default([...RELATIONSHIP_FAMILIES]),
    directed: boolean.default(false),
  })
  .refine((p) => p.from !== p.to, { message: "must differ from from", path: ["to"] });

export type PathParams = z.infer<typeof pathParamsSchema>;

/** Reads the parameters from a URL's search string; absent and empty values take the defaults. */
export function parsePathParams(search: URLSearchParams): PathParams {
  const raw = Object.fromEntries([...search.entries()].filter(([, v]) => v !== ""));
  return pathParamsSchema.parse(raw);
}
