import { errorResponse } from "@/lib/api/errors";
import { actorsQuerySchema } from "@/lib/api/params/actors";
import { parseQuery } from "@/lib/api/params/parse";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { searchActors } from "@/lib/graph/actors";

export const dynamic = "force-dynamic";

export const GET = cachedRead(async (request: Request): Promise<Response> => {
  try {
    const query = parseQuery(actorsQuerySchema, request);
    return readResponse(await searchActors(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
});
