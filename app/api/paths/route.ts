import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { pathsQuerySchema } from "@/lib/api/params/paths";
import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { shortestPaths } from "@/lib/analysis/paths";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(pathsQuerySchema, request);
    return noStoreResponse({ paths: await shortestPaths(getDb(), query) });
  } catch (error) {
    return errorResponse(error);
  }
}
