import { errorResponse, NotFound } from "@/lib/api/errors";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { parseQuery } from "@/lib/api/params/parse";
import { movedResponse, readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { resolveActorRedirect } from "@/lib/graph/actor-redirects";
import { graphElements } from "@/lib/graph/graph-elements";

export const dynamic = "force-dynamic";

export const GET = cachedRead(async (request: Request): Promise<Response> => {
  try {
    const query = parseQuery(graphQuerySchema, request);
    const elements = await graphElements(getDb(), query);
    if (!elements) {
      // A merged actor's id: the same view around its survivor.
      const to = query.focus ? await resolveActorRedirect(getDb(), query.focus) : null;
      if (to === null) throw new NotFound(`No actor with id "${query.focus}" to focus on.`);
      const url = new URL(request.url);
      url.searchParams.set("focus", to);
      return movedResponse(url.toString());
    }
    return readResponse(elements);
  } catch (error) {
    return errorResponse(error);
  }
});
