import { errorResponse } from "@/lib/api/errors";
import { requireSession } from "@/lib/auth/request-auth";
import { graphSchemaInfo } from "@/lib/cypher/graph-schema";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    requireSession(request);
    return Response.json(await graphSchemaInfo(getDb()), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
