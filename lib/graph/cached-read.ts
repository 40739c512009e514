import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  CACHED_ANSWER_HOOK,
  namesTag,
  type CachedAnswer,
  type CachedAnswerHook,
} from "@/lib/api/cached-answer.mjs";
import { GZIP_FROM_BYTES } from "@/lib/api/stored-gzip.mjs";
import { errorResponse } from "@/lib/api/errors";
import { READ_CACHE_CONTROL } from "@/lib/api/read-response";
import { parseEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/driver";
import type { Db } from "@/lib/db/session";
import {
  currentGraphVersion,
  knownGraphVersion,
  NO_GRAPH_VERSION,
} from "@/lib/graph/graph-version";
import { VersionCache } from "@/lib/graph/version-cache";

/** An answer as bytes, so that a hit costs no JSON.stringify and any number of callers can share it. */
export interface StoredAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array | null;
  /** How long the handler took to make it: whether a re-read may run beside the version's. */
  readMs: number;
  /** The body gzip-encoded, made by the first hit served without Next to a client that takes it. */
  gzipBody?: Uint8Array;
}

/**
 * When the version is due to be read again, a URL whose answer took at most this long to make is
 * read again beside the version read, not after it (see readAlongsideVersion): a wasted read when
 * the version has not moved costs the database little, and the first answer after a write then
 * pays one round trip instead of two. Costlier answers wait for the version, whose read is then a
 * small part of theirs.
 */
const READ_ALONGSIDE_UNDER_MS = 50;

// Key, header names and values, and the Map entry: what an answer weighs beyond its body.
const ENTRY_OVERHEAD_BYTES = 256;

const store = globalThis as typeof globalThis & {
  __atlasResponseCache?: VersionCache<StoredAnswer> | null;
};

/**
 * The one response cache of this process (ATLAS_RESPONSE_CACHE_MB, 0 turns it off). On globalThis:
 * each route's bundle may hold its own copy of this module, and the bound is for the process.
 */
export function responseCache(): VersionCache<StoredAnswer> | null {
  if (store.__atlasResponseCache === undefined) {
    const mib = parseEnv().ATLAS_RESPONSE_CACHE_MB;
    store.__atlasResponseCache = mib > 0 ? new VersionCache(mib * 2 ** 20) : null;
  }
  return store.__atlasResponseCache;
}

/** A URL's path and its query string with the parameters in order of name: the answer's key. */
export function cacheKey(url: string): string {
  const { pathname, searchParams } = new URL(url);
  searchParams.sort();
  const query = searchParams.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * A strong tag from the version and the URL: every instance gives the same answer the same tag, and
 * a write gives every answer a new one. So a matching If-None-Match is answered without a lookup.
 */
export function entityTag(version: string, key: string): string {
  return `"v${version}-${createHash("sha256").update(key).digest("base64url").slice(0, 16)}"`;
}

// Only a public read's 200 is kept: never an error, a redirect or anything marked no-store.
const keepable = (response: Response) =>
  response.status === 200 && response.headers.get("cache-control") === READ_CACHE_CONTROL;

const weight = (key: string, entry: StoredAnswer) =>
  (entry.body?.byteLength ?? 0) +
  (entry.gzipBody?.byteLength ?? 0) +
  key.length * 2 +
  entry.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) +
  ENTRY_OVERHEAD_BYTES;

const notModifiedHeaders = (tag: string): [string, string][] => [
  ["etag", tag],
  ["cache-control", READ_CACHE_CONTROL],
];

function notModified(tag: string): Response {
  return new Response(null, { status: 304, headers: notModifiedHeaders(tag) });
}

/** Runs the handler and keeps its answer as bytes, with the time it took. */
async function run(
  handler: () => Promise<Response>,
): Promise<{ entry: StoredAnswer; keepable: boolean }> {
  const started = performance.now();
  const response = await handler();
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  return {
    entry: {
      status: response.status,
      headers: [...response.headers],
      body,
      readMs: performance.now() - started,
    },
    keepable: keepable(response),
  };
}

/** The answer with its tag, kept under `version`. */
function keep(
  cache: VersionCache<StoredAnswer>,
  version: string,
  key: string,
  entry: StoredAnswer,
  tag: string,
): StoredAnswer {
  const kept: StoredAnswer = { ...entry, headers: [...entry.headers, ["etag", tag]] };
  cache.set(version, key, kept, weight(key, kept));
  return kept;
}

function answer({ status, headers, body }: StoredAnswer): Response {
  return new Response(body as BodyInit | null, { status, headers });
}

// Every answer sent without Next may differ by Accept-Encoding, as Next's compressed ones do.
const VARY: [string, string] = ["vary", "Accept-Encoding"];

/** The kept answer as it is. */
const identity = (kept: StoredAnswer): CachedAnswer => ({
  status: kept.status,
  headers: [...kept.headers, VARY],
  body: kept.body,
});

/**
 * The kept answer gzip-encoded, its gzip made once and kept beside it (weighed with it): Next
 * compresses a hit again on every request. Small bodies are sent as they are.
 */
function encoded(
  cache: VersionCache<StoredAnswer>,
  version: string,
  key: string,
  kept: StoredAnswer,
): CachedAnswer {
  if (!kept.body || kept.body.byteLength < GZIP_FROM_BYTES) return identity(kept);
  let gzipBody = kept.gzipBody;
  if (!gzipBody) {
    gzipBody = gzipSync(kept.body);
    const withGzip = { ...kept, gzipBody };
    cache.set(version, key, withGzip, weight(key, withGzip));
  }
  return {
    status: kept.status,
    headers: [...kept.headers, VARY, ["content-encoding", "gzip"]],
    body: gzipBody,
  };
}

/**
 * A kept answer that may be served now without reading anything: the version is fresh (read
 * within its TTL, no write of this process pending) and the URL's answer is kept under it. What
 * cachedRead does for a hit, minus Next: scripts/serve.mjs calls it first for every GET
 * (lib/api/cached-answer.mjs). Only a URL whose answer is kept is ever answered, so routes that
 * are not cached never are, and nothing else of the request (cookies, headers) can matter: a kept
 * answer is a public read's, the same for everyone.
 */
const answerWithoutNext: CachedAnswerHook = (pathAndQuery, ifNoneMatch, gzip) => {
  const cache = responseCache();
  // Only an origin-form target ("/path?query"): "//host/path" would parse as another authority.
  if (!cache || !pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) return null;
  const known = knownGraphVersion(getDb());
  if (!known.fresh || known.version === null) return null;
  const key = cacheKey(new URL(pathAndQuery, "http://cache.invalid").href);
  const kept = cache.get(known.version, key);
  if (!kept) return null;
  const tag = entityTag(known.version, key);
  if (namesTag(ifNoneMatch, tag)) {
    return { status: 304, headers: notModifiedHeaders(tag), body: null };
  }
  return gzip ? encoded(cache, known.version, key, kept) : identity(kept);
};

(globalThis as Record<symbol, unknown>)[CACHED_ANSWER_HOOK] = answerWithoutNext;

/**
 * A public read's GET handler behind the response cache: its answer for a URL is kept under the
 * graph version and served without touching the database until a write changes the version
 * (read at most once a second, so every instance learns of a write within about a second, and at
 * once the one that made it). An answer is kept only under a version read before its data, or
 * confirmed unchanged while it was read, so it is never labelled newer than its data. Concurrent
 * misses for one URL share one run of `handler`.
 */
export function cachedRead<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async function GET(request, ...rest) {
    const cache = responseCache();
    if (!cache) return handler(request, ...rest);
    const db = getDb();
    const key = cacheKey(request.url);
    const known = knownGraphVersion(db);
    if (known.version !== null && !known.fresh) {
      const kept = cache.get(known.version, key);
      if (!kept || kept.readMs <= READ_ALONGSIDE_UNDER_MS) {
        return readAlongsideVersion(db, cache, known.version, kept, key, request, () =>
          handler(request, ...rest),
        );
      }
    }
    let version: string;
    try {
      version = await currentGraphVersion(db);
    } catch (error) {
      // The database is down: say so now (503), as the handler would, without making the request
      // wait for a second timeout in the handler's own read. Nothing kept is served: its freshness
      // cannot be known.
      return errorResponse(error);
    }
    if (version === NO_GRAPH_VERSION) return handler(request, ...rest);
    const tag = entityTag(version, key);
    if (namesTag(request.headers.get("if-none-match"), tag)) return notModified(tag);
    const hit = cache.get(version, key);
    if (hit) return answer(hit);
    const fresh = await cache.shared(version, key, async () => {
      const { entry, keepable } = await run(() => handler(request, ...rest));
      return keepable ? keep(cache, version, key, entry, entityTag(version, key)) : entry;
    });
    return answer(fresh);
  };
}

/**
 * The version is due to be read again and the URL's answer is cheap or not kept: the handler's
 * read runs beside the version's. If the version is still `expected`, the one known before both
 * began, no write committed before the handler's read started: what was kept is still good (and
 * served), or the new answer is kept. If it moved, the new answer is served — fresh, since its
 * read began after the request arrived — but untagged and not kept, as it could be older than the
 * new version; the next request, knowing that version, keeps its own.
 */
async function readAlongsideVersion(
  db: Db,
  cache: VersionCache<StoredAnswer>,
  expected: string,
  kept: StoredAnswer | undefined,
  key: string,
  request: Request,
  handler: () => Promise<Response>,
): Promise<Response> {
  const [version, fresh] = await Promise.allSettled([
    currentGraphVersion(db),
    cache.shared(`read alongside ${expected}`, key, () => run(handler)),
  ]);
  if (version.status === "rejected") return errorResponse(version.reason);
  if (fresh.status === "rejected") throw fresh.reason;
  const { entry, keepable } = fresh.value;
  if (version.value === NO_GRAPH_VERSION) return answer(entry);
  const tag = entityTag(version.value, key);
  if (namesTag(request.headers.get("if-none-match"), tag)) return notModified(tag);
  if (version.value !== expected) return answer(entry);
  if (kept) return answer(kept);
  return answer(keepable ? keep(cache, expected, key, entry, tag) : entry);
}
