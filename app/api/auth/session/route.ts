import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { sessionSecret } from "@/lib/auth/session-store";
import { csrfTokenFor } from "@/lib/auth/session-token";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  try {
    const session = requireSession(request);
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({
      username: session.username,
      role: session.role,
      expiresAt: session.expiresAt,
      csrfToken: csrfTokenFor(session, sessionSecret()),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
