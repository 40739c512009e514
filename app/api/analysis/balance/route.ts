import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { getDb } from "@/lib/db/driver";
import { jobResponse } from "@/lib/analysis/job-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    parseQuery(NO_PARAMS, request);
    return await jobResponse(getDb(), request, "balance");
  } catch (error) {
    return errorResponse(error);
  }
}
