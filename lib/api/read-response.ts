/**
 * Reads change only when the graph is re-seeded: a shared cache may keep an answer for a minute
 * and serve a stale one while it revalidates; browsers always ask again. Errors are never cached
 * (errorResponse sends no-store).
 */
export const READ_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

export function readResponse(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": READ_CACHE_CONTROL } });
}
