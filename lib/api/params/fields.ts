import { z } from "zod";
import { SLUG } from "@/lib/domain/ids";
import { isPeriod, periodEnd, periodStart } from "@/lib/domain/periods";

/** Building blocks for query-string schemas: every value arrives as a string. */

/** A string parameter: absent is "is required" (zod's default names the JS type instead). */
function text() {
  return z.string({
    error: (issue) => (issue.input === undefined ? "is required" : "must be a string"),
  });
}

export const slug = text()
  .max(200, "must be at most 200 characters")
  .regex(SLUG, "must be an id: lower-case letters, digits and single hyphens");

export function intParam(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** `true`/`false` (also `1`/`0`), as a URL carries a flag. */
export const boolParam = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(", ")}` });
}

/** "a,b" → ["a", "b"], each from the allow-list, duplicates dropped; errors name the list. */
export function listParam<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed: readonly string[] = values;
  return z
    .string()
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ])
    .superRefine((items, ctx) => {
      const unknown = items.filter((item) => !allowed.includes(item));
      if (items.length === 0 || unknown.length > 0) {
        const quoted = unknown.map((value) => `"${value}"`).join(", ");
        const found =
          unknown.length === 0
            ? ""
            : `unknown ${unknown.length === 1 ? "value" : "values"} ${quoted}: `;
        ctx.addIssue({
          code: "custom",
          message: `${found}must list one or more of ${values.join(", ")}, separated by commas`,
        });
      }
    })
    .transform((items) => items as Array<T[number]>);
}

/** A period as given: "2020", "2020-01" or "2020-01-06". */
export const period = text().refine(
  isPeriod,
  'must be a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
);

/** A range's lower bound: the first day of the period given. */
export const fromDate = period.transform(periodStart);
/** A range's upper bound: the last day of the period given ("2020-01" runs to 2020-01-31). */
export const toDate = period.transform(periodEnd);
