import { errorResponse } from "@/lib/api/errors";
import { timelineQuerySchema } from "@/lib/api/params/analysis";
import { parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { periodComparison } from "@/lib/analysis/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(timelineQuerySchema, request);
    const { graphVersion, result } = await periodComparison(getDb(), query);
    return noStoreResponse({ graphVersion, ...result });
  } catch (error) {
    return errorResponse(error);
  }
}
