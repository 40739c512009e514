import { errorResponse, NotFound } from "@/lib/api/errors";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { parseQuery } from "@/lib/api/params/parse";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { graphElements } from "@/lib/graph/graph-elements";
import { positionsFor } from "@/lib/layout/positions-for";

export const dynamic = "force-dynamic";

/** /api/graph with `positions` added: computed once on the server for large views, else null. */
export const GET = cachedRead(async (request: Request): Promise<Response> => {
  try {
    const query = parseQuery(graphQuerySchema, request);
    const elements = await graphElements(getDb(), query);
    if (!elements) throw new NotFound(`No actor with id "${query.focus}" to focus on.`);
    return readResponse({ ...elements, positions: await positionsFor(elements) });
  } catch (error) {
    return errorResponse(error);
  }
});
