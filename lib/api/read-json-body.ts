import type { z } from "zod";
import { BadRequest, PayloadTooLarge, UnsupportedMediaType } from "@/lib/api/errors";
import { parseBody } from "@/lib/api/params/parse";
import { MAX_JSON_DEPTH, tooDeepPath } from "@/lib/values/json-depth";

/** Body caps of the console and sign-in routes; a saved view has its own (SAVED_VIEW_BODY_MAX). */
export const BODY_LIMITS = {
  login: 16 * 1024,
  /** A console query (up to 100,000 characters) with its parameters; saved queries alike. */
  cypher: 1024 * 1024,
} as const;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The raw bytes of a body, refusing it as soon as it passes `maxBytes`: first by its declared
 * Content-Length, then by counting while it streams in, since the header may be absent or lie.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    throw new PayloadTooLarge(maxBytes);
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop reading: the rest of an oversized body is never buffered.
        await reader.cancel().catch(() => undefined);
        throw new PayloadTooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PayloadTooLarge) throw error;
    throw new BadRequest("The request body could not be read.");
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON request body under a byte cap and checks it against the route's zod schema:
 * 415 for a body declared as something other than JSON, 413 past `maxBytes`, 400 for bytes that
 * are not UTF-8 JSON, nest deeper than MAX_JSON_DEPTH or do not fit the schema (naming each field).
 */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: { maxBytes: number },
): Promise<z.infer<Schema>> {
  const contentType = request.headers.get("content-type")?.trim();
  if (contentType && !JSON_TYPE.test(contentType)) {
    throw new UnsupportedMediaType(contentType.slice(0, 100));
  }
  const bytes = await readBodyBytes(request, options.maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new BadRequest("The request body must be JSON.");
  }
  const deep = tooDeepPath(json);
  if (deep) {
    // The first few keys say which field; the full path of a 20,000-deep value says nothing more.
    const field = deep.slice(0, 2).join(".") + (deep.length > 2 ? ".…" : "");
    const message = `is nested more than ${MAX_JSON_DEPTH} levels deep`;
    throw new BadRequest(`Invalid field: ${field}: ${message}`, [{ field, message }]);
  }
  return parseBody(schema, json);
}
