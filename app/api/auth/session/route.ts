import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request);
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({
      username: session.username,
      role: session.role,
      expiresAt: session.expiresAt,
      csrfToken: session.csrfToken,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
