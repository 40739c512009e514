import { errorResponse } from "@/lib/api/errors";
import { noStoreResponse } from "@/lib/api/read-response";
import {
  clearedSessionCookie,
  isSecureRequest,
  readCookie,
  SESSION_COOKIE,
} from "@/lib/auth/cookies";
import { requireSession, sessionFromToken } from "@/lib/auth/request-auth";
import { revokeSession } from "@/lib/auth/session-store";
import { parseEnv } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    // With no valid session there is nothing to end; the stale cookie is cleared all the same.
    if (sessionFromToken(readCookie(request, SESSION_COOKIE))) {
      const session = requireSession(request, { stateChanging: true });
      revokeSession(session.id, session.expiresAt);
    }
    return noStoreResponse(
      { loggedOut: true },
      {
        headers: {
          "Set-Cookie": clearedSessionCookie(isSecureRequest(request, parseEnv())),
        },
      },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
