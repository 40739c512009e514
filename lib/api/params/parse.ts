import { z } from "zod";
import { badRequestFrom } from "@/lib/api/errors";

/**
 * A query string as an object for a schema: repeated keys are joined with commas (so
 * `families=influence&families=hostility` is the list form too), values trimmed, and empty
 * values dropped so that `?q=` means "no q".
 */
export function queryObject(url: string | URL): Record<string, string> {
  const params = new URL(url).searchParams;
  const entries = [...new Set(params.keys())].map((key) => [
    key,
    params
      .getAll(key)
      .map((value) => value.trim())
      .filter(Boolean)
      .join(","),
  ]);
  return Object.fromEntries(entries.filter(([, value]) => value !== ""));
}

// zod reports unknown keys as one issue at the root; the API names each unknown parameter.
function nameUnknownKeys(error: z.ZodError, noun = "parameter"): z.ZodError {
  const issues = error.issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          ...issue,
          keys: [key],
          path: [key],
          message: `is not a ${noun} of this endpoint`,
        }))
      : [issue],
  );
  return new z.ZodError(issues);
}

/** Parses a request's query string or a route's params; a failure throws BadRequest (400). */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequestFrom(nameUnknownKeys(result.error));
  return result.data;
}

/** Parses a JSON request body; a failure throws BadRequest naming each bad or unknown field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw badRequestFrom(nameUnknownKeys(result.error, "field"), "field");
  return result.data;
}

/**
 * Every GET route reads its query string here, so one set of rules holds everywhere: repeated keys
 * joined (only a list parameter accepts the result), unknown parameters and bad values a 400
 * naming each one.
 */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  return parseParams(schema, queryObject(request.url));
}

/** The query string of a route that takes no parameters: any parameter is unknown. */
export const NO_PARAMS = z.strictObject({});
