import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { summaryQuerySchema } from "@/lib/summary/summary-params";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { graphSummary } from "@/lib/summary/summary-cache";

export const dynamic = "force-dynamic";

export const GET = cachedRead(async (request: Request): Promise<Response> => {
  try {
    const { budget } = parseQuery(summaryQuerySchema, request);
    return readResponse(await graphSummary(getDb(), budget));
  } catch (error) {
    return errorResponse(error);
  }
});
