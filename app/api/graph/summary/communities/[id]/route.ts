import { errorResponse, NotFound } from "@/lib/api/errors";
import { parseParams, parseQuery } from "@/lib/api/params/parse";
import { communityParamsSchema, communityQuerySchema } from "@/lib/summary/summary-params";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { communityGraph } from "@/lib/summary/community-elements";

export const dynamic = "force-dynamic";

export const GET = cachedRead(
  async (request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> => {
    try {
      const { id } = parseParams(communityParamsSchema, await context.params);
      const { limit } = parseQuery(communityQuerySchema, request);
      const graph = await communityGraph(getDb(), id, limit);
      if (!graph) throw new NotFound(`The summary has no community ${id}.`);
      return readResponse(graph);
    } catch (error) {
      return errorResponse(error);
    }
  },
);
