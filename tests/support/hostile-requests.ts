import fc from "fast-check";
import { hostileString } from "@/tests/support/hostile-input";

/** Printable ASCII: what a header value may hold (Request refuses control and non-Latin-1 characters). */
export const headerSafeString = fc.stringMatching(/^[\x20-\x7e]{0,120}$/);

/** Any JSON value a client could send where a scalar is expected: wrong types, nesting, huge numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(2 ** 53 + 1, -(2 ** 63), 1e308, -0, 0.1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Content types a client may declare: JSON ones, wrong ones, none. */
export const contentTypes = fc.constantFrom<string | null>(
  "application/json",
  "application/json; charset=utf-8",
  null,
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/json-patch", // not JSON by its name
  "",
);

export interface HostileBody {
  body: string | Uint8Array;
  contentType: string | null;
}

/**
 * A request body: `shaped` (the route's own fields with hostile values) or, as often, malformed
 * JSON, arbitrary JSON, random bytes, or one byte over `maxBytes`; under a random content type.
 */
export function hostileBody(shaped: fc.Arbitrary<unknown>, maxBytes: number) {
  const json = fc.oneof(
    { weight: 6, arbitrary: shaped.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: shaped.map((value) => JSON.stringify(value).slice(0, -1)) },
    { weight: 1, arbitrary: hostileString },
    {
      weight: 1,
      arbitrary: shaped.map((value) => {
        const text = JSON.stringify(value);
        return text + " ".repeat(Math.max(0, maxBytes + 1 - Buffer.byteLength(text)));
      }),
    },
  );
  const body = fc.oneof(
    { weight: 8, arbitrary: json },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  );
  return fc.record<HostileBody>({
    body,
    contentType: fc.oneof(
      { weight: 4, arbitrary: fc.constant("application/json") },
      { weight: 1, arbitrary: contentTypes },
    ),
  });
}
