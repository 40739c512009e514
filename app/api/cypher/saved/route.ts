import { listSavedQueries, saveQuery, savedQueryInputSchema } from "@/lib/admin/saved-queries";
import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request);
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({ saved: await listSavedQueries(session.username) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true });
    const input = await readJsonBody(request, savedQueryInputSchema, {
      maxBytes: BODY_LIMITS.cypher,
    });
    return Response.json(await saveQuery(session.username, input), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
