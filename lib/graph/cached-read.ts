import { createHash } from "node:crypto";
import { errorResponse } from "@/lib/api/errors";
import { READ_CACHE_CONTROL } from "@/lib/api/read-response";
import { parseEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/driver";
import { currentGraphVersion, NO_GRAPH_VERSION } from "@/lib/graph/graph-version";
import { VersionCache } from "@/lib/graph/version-cache";

/** An answer as bytes, so that a hit costs no JSON.stringify and any number of callers can share it. */
export interface StoredAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array | null;
}

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

function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === tag);
}

async function stored(response: Response): Promise<StoredAnswer> {
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  return { status: response.status, headers: [...response.headers], body };
}

function answer({ status, headers, body }: StoredAnswer): Response {
  return new Response(body as BodyInit | null, { status, headers });
}

// Only a public read's 200 is kept: never an error, a redirect or anything marked no-store.
const keepable = (response: Response) =>
  response.status === 200 && response.headers.get("cache-control") === READ_CACHE_CONTROL;

const weight = (key: string, entry: StoredAnswer) =>
  (entry.body?.byteLength ?? 0) +
  key.length * 2 +
  entry.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) +
  ENTRY_OVERHEAD_BYTES;

/**
 * A public read's GET handler behind the response cache: its answer for a URL is kept under the
 * graph version and served without touching the database until a write changes the version
 * (read at most once a second, so every instance learns of a write within about a second, and at
 * once the one that made it). The version is read before the database, so an answer is never
 * labelled newer than its data. Concurrent misses for one URL share one run of `handler`.
 */
export function cachedRead<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async function GET(request, ...rest) {
    const cache = responseCache();
    if (!cache) return handler(request, ...rest);
    let version: string;
    try {
      version = await currentGraphVersion(getDb());
    } catch (error) {
      // The database is down: say so now (503), as the handler would, without making the request
      // wait for a second timeout in the handler's own read. Nothing kept is served: its freshness
      // cannot be known.
      return errorResponse(error);
    }
    if (version === NO_GRAPH_VERSION) return handler(request, ...rest);
    const key = cacheKey(request.url);
    const tag = entityTag(version, key);
    if (matches(request.headers.get("if-none-match"), tag)) {
      return new Response(null, {
        status: 304,
        headers: { ETag: tag, "Cache-Control": READ_CACHE_CONTROL },
      });
    }
    const hit = cache.get(version, key);
    if (hit) return answer(hit);
    const fresh = await cache.shared(version, key, async () => {
      const response = await handler(request, ...rest);
      const entry = await stored(response);
      if (keepable(response)) {
        entry.headers.push(["etag", tag]);
        cache.set(version, key, entry, weight(key, entry));
      }
      return entry;
    });
    return answer(fresh);
  };
}
