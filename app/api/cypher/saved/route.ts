import { listSavedQueries, saveQuery, savedQueryInputSchema } from "@/lib/admin/saved-queries";
import { errorResponse } from "@/lib/api/errors";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = requireSession(request);
    return Response.json(
      { saved: await listSavedQueries(session.username) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const session = requireSession(request, { stateChanging: true });
    const input = await readJsonBody(request, savedQueryInputSchema, {
      maxBytes: BODY_LIMITS.cypher,
    });
    return Response.json(await saveQuery(session.username, input), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
