import { savedQueriesQuerySchema } from "@/lib/admin/console-params";
import { listSavedQueries, saveQuery, savedQueryInputSchema } from "@/lib/admin/saved-queries";
import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request, { role: "analyst" });
    const page = parseQuery(savedQueriesQuerySchema, request);
    return noStoreResponse(await listSavedQueries(getDb(), session.username, page));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "analyst" });
    const input = await readJsonBody(request, savedQueryInputSchema, {
      maxBytes: BODY_LIMITS.cypher,
    });
    return noStoreResponse(await saveQuery(getDb(), session.username, input), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
