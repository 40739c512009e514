import { noStoreResponse } from "@/lib/api/read-response";
import { isSecureRequest, sessionCookie } from "@/lib/auth/cookies";
import type { NewSession } from "@/lib/auth/session-store";
import { parseEnv } from "@/lib/config/env";

/** The answer of a sign-in and of a password change: the session as JSON, its id as the cookie. */
export function sessionResponse(request: Request, { rawId, session }: NewSession): Response {
  const maxAge = Math.floor((session.expiresAt - Date.now()) / 1000);
  return noStoreResponse(
    {
      username: session.username,
      role: session.role,
      expiresAt: session.expiresAt,
      csrfToken: session.csrfToken,
    },
    {
      headers: {
        "Set-Cookie": sessionCookie(rawId, maxAge, isSecureRequest(request, parseEnv())),
      },
    },
  );
}
