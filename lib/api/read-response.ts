/**
 * The API's two cache policies. Reads change when the graph is written (seeding, db:load, console
 * writes, curation): each instance keeps their answers per graph version and tags them
 * (lib/graph/cached-read.ts), so a browser, told max-age=0, revalidates every time and gets a 304
 * until a write; a shared cache may keep an answer for a minute, so an edit reaches a CDN's readers
 * within about that (docs/api.md#caching). No `stale-while-revalidate`: Chromium applies it to its
 * own cache too, and a curator then saw the evidence from before their decision.
 * Everything else (analyses and paths computed per request, saved views, sessions, the console,
 * health, every error) is never stored.
 */
export const READ_CACHE_CONTROL = "public, max-age=0, s-maxage=60";
export const NO_STORE = "no-store";

export function readResponse(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": READ_CACHE_CONTROL } });
}

/**
 * A JSON answer no cache may keep; `init` adds a status and headers (Set-Cookie, Location…).
 * `undefined` is no body at all, for a 204. Every authenticated answer is one of these.
 */
export function noStoreResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", NO_STORE);
  if (body === undefined) return new Response(null, { ...init, headers });
  return Response.json(body, { ...init, headers });
}

/**
 * 308 to where a thing now lives (a merged actor's survivor). Never stored: an unmerge brings the
 * old address back, and a browser keeps a permanent redirect it was allowed to cache.
 */
export function movedResponse(location: string): Response {
  return new Response(null, {
    status: 308,
    headers: { Location: location, "Cache-Control": NO_STORE },
  });
}
