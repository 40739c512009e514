import fc from "fast-check";

/** What a well-behaved endpoint may answer to input it cannot use. */
export const ALLOWED_ERROR_STATUSES = [400, 404, 413, 422];

export const INJECTION_PAYLOADS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "`) DETACH DELETE n //",
  "$param",
  "${7*7}",
  "{{7*7}}",
  "iran' }) RETURN 1 UNION MATCH (n) DETACH DELETE n //",
  "*",
  "~",
  "\\",
  "AND OR NOT",
  "\u0000",
  "<img src=x onerror=alert(1)>",
  "../../etc/passwd",
  "-1",
  "1e309",
  "NaN",
  "99999999999999999999999",
  "0x10",
  "",
  " ",
];

/** Random, huge, unicode, numeric-looking and injection strings. */
export const hostileString = fc.oneof(
  fc.constantFrom(...INJECTION_PAYLOADS),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom("a".repeat(10_000), "é".repeat(5_000), "🙂".repeat(3_000)),
);
