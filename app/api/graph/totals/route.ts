import { BadRequest, errorResponse, NotFound } from "@/lib/api/errors";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { parseQuery } from "@/lib/api/params/parse";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { focusTotals } from "@/lib/graph/graph-elements";

export const dynamic = "force-dynamic";

/** The exact totals /api/graph leaves null for a large cut neighbourhood (`limit` is ignored). */
export const GET = cachedRead(async (request: Request): Promise<Response> => {
  try {
    const query = parseQuery(graphQuerySchema, request);
    if (!query.focus)
      throw new BadRequest("focus: required (the whole graph's totals are in /api/graph)");
    const totals = await focusTotals(getDb(), query);
    if (!totals) throw new NotFound(`No actor with id "${query.focus}" to focus on.`);
    return readResponse(totals);
  } catch (error) {
    return errorResponse(error);
  }
});
