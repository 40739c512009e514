// How scripts/serve.mjs answers a request from the response cache (lib/graph/cached-read.ts)
// without passing it through Next: a hit that Next would serve costs about a millisecond of its
// routing and compression, more than the database read it saves on a small answer. The cache,
// once a route has loaded it, installs a function under this symbol (Symbol.for: every route's
// bundle and serve.mjs see the same one); serve.mjs calls it for each GET and sends what it
// returns, or passes the request to Next when it returns null. Plain JS: serve.mjs runs under bare
// `node`; cached-answer.d.mts types it.

export const CACHED_ANSWER_HOOK = Symbol.for("influence-atlas.cached-answer");

/** Marks an answer sent this way ("hit"), for operators and tests: Next never sets it. */
export const CACHED_ANSWER_HEADER = "x-atlas-cache";

/**
 * Whether an If-None-Match header names `tag` (a weak comparison, as RFC 9110 §13.1.2 asks of
 * If-None-Match): for every answer sent with a tag, by the response cache and the static files.
 */
export function namesTag(ifNoneMatch, tag) {
  if (typeof ifNoneMatch !== "string" || !ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === tag);
}

/** The installed hook, or undefined before any cached route has run in this process. */
export function cachedAnswerHook() {
  return globalThis[CACHED_ANSWER_HOOK];
}
