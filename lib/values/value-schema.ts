import { z } from "zod";

/**
 * Cypher values as JSON input — console query parameters (docs/admin-console.md) and dump
 * properties: plain JSON, or an object with a `$type` in the wire format (cypher-json.ts).
 * Checked here so that a malformed value is reported by its path, never a driver exception.
 * Ranges (a month 13) are left to the driver's own checks.
 */
const DECIMAL_INTEGER = /^-?\d{1,19}$/;
const int64 = z
  .string()
  .regex(DECIMAL_INTEGER, "must be a decimal integer string")
  // zod runs this check even when the regex failed, so it must not hand BigInt anything else.
  .refine((text) => {
    if (!DECIMAL_INTEGER.test(text)) return true;
    const value = BigInt(text);
    return value >= -(2n ** 63n) && value < 2n ** 63n;
  }, "must fit in 64 bits");
const wholeNumber = z.number().int();

const dateFields = { year: wholeNumber, month: wholeNumber, day: wholeNumber };
const timeFields = {
  hour: wholeNumber,
  minute: wholeNumber,
  second: wholeNumber,
  nanosecond: wholeNumber,
};

const PARAM_TYPES = [
  "Integer",
  "Float",
  "Map",
  "Bytes",
  "Date",
  "LocalTime",
  "Time",
  "LocalDateTime",
  "DateTime",
  "Duration",
  "Point",
];

const plainNumber = z
  .number()
  .refine(
    (n) => !Number.isInteger(n) || Number.isSafeInteger(n),
    'a whole number beyond ±(2^53 − 1) loses digits in JSON: send {"$type": "Integer", "value": "…"}',
  );

// Chosen by the value's shape rather than tried in a union, so a bad tagged value is reported by
// what is wrong with it, not as "Invalid input".
function schemaFor(value: unknown): z.ZodType {
  if (value === null || typeof value === "boolean" || typeof value === "string") return z.unknown();
  if (typeof value === "number") return plainNumber;
  if (Array.isArray(value)) return z.array(cypherValueSchema);
  if (typeof value === "object" && typeof (value as { $type?: unknown }).$type === "string") {
    return taggedParam;
  }
  return z.record(z.string(), cypherValueSchema);
}

export const cypherValueSchema: z.ZodType<unknown> = z.unknown().check((ctx) => {
  const result = schemaFor(ctx.value).safeParse(ctx.value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: ctx.value });
  }
});

const taggedParam = z.discriminatedUnion(
  "$type",
  [
    z.object({ $type: z.literal("Integer"), value: int64 }),
    z.object({
      $type: z.literal("Float"),
      value: z.union([z.number(), z.enum(["NaN", "Infinity", "-Infinity", "-0"])]),
    }),
    z.object({ $type: z.literal("Map"), value: z.record(z.string(), cypherValueSchema) }),
    z.object({ $type: z.literal("Bytes"), value: z.base64() }),
    z.object({ $type: z.literal("Date"), ...dateFields }),
    z.object({ $type: z.literal("LocalTime"), ...timeFields }),
    z.object({ $type: z.literal("Time"), ...timeFields, offsetSeconds: wholeNumber }),
    z.object({ $type: z.literal("LocalDateTime"), ...dateFields, ...timeFields }),
    z
      .object({
        $type: z.literal("DateTime"),
        ...dateFields,
        ...timeFields,
        offsetSeconds: wholeNumber.optional(),
        zoneId: z.string().min(1).optional(),
      })
      .refine((value) => value.offsetSeconds !== undefined || value.zoneId !== undefined, {
        message: "needs offsetSeconds or zoneId",
      }),
    z.object({
      $type: z.literal("Duration"),
      months: int64,
      days: int64,
      seconds: int64,
      nanoseconds: int64,
    }),
    z.object({
      $type: z.literal("Point"),
      srid: wholeNumber,
      x: z.number(),
      y: z.number(),
      z: z.number().optional(),
    }),
  ],
  {
    error: `$type must be one of ${PARAM_TYPES.join(", ")} (nodes, relationships and paths cannot be parameters)`,
  },
);
