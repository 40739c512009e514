import { errorResponse } from "@/lib/api/errors";
import { requireSession } from "@/lib/auth/request-auth";
import { sessionSecret } from "@/lib/auth/session-store";
import { csrfTokenFor } from "@/lib/auth/session-token";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  try {
    const session = requireSession(request);
    return Response.json(
      {
        username: session.username,
        role: session.role,
        expiresAt: session.expiresAt,
        csrfToken: csrfTokenFor(session, sessionSecret()),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
