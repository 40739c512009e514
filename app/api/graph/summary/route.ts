import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { summaryQuerySchema } from "@/lib/summary/summary-params";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { graphSummary } from "@/lib/summary/summary-cache";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const { budget } = parseQuery(summaryQuerySchema, request);
    return readResponse(await graphSummary(getDb(), budget));
  } catch (error) {
    return errorResponse(error);
  }
}
