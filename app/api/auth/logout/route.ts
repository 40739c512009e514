import { errorResponse } from "@/lib/api/errors";
import { noStoreResponse } from "@/lib/api/read-response";
import { clearedSessionCookie, isSecureRequest, requestSessionId } from "@/lib/auth/cookies";
import { requireSession, sessionFromToken } from "@/lib/auth/request-auth";
import { deleteSession } from "@/lib/auth/session-store";
import { parseEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    // With no live session there is nothing to end; the stale cookie is cleared all the same.
    if (await sessionFromToken(requestSessionId(request))) {
      const session = await requireSession(request, { stateChanging: true });
      await deleteSession(getDb(), session.id);
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
