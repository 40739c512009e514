import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { graphSchemaInfo } from "@/lib/cypher/graph-schema";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "analyst" });
    parseQuery(NO_PARAMS, request);
    return noStoreResponse(await graphSchemaInfo(getDb()));
  } catch (error) {
    return errorResponse(error);
  }
}
