import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { rankings } from "@/lib/analysis/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    parseQuery(NO_PARAMS, request);
    const { graphVersion, result } = await rankings(getDb());
    return noStoreResponse({ graphVersion, actors: result });
  } catch (error) {
    return errorResponse(error);
  }
}
