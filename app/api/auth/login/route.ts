import { errorResponse } from "@/lib/api/errors";
import { noStoreResponse } from "@/lib/api/read-response";
import { isSecureRequest, sessionCookie } from "@/lib/auth/cookies";
import { login } from "@/lib/auth/login";
import { parseEnv } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    const { session, cookieValue, csrfToken } = await login(request);
    const maxAge = Math.floor((session.expiresAt - Date.now()) / 1000);
    return noStoreResponse(
      { username: session.username, role: session.role, expiresAt: session.expiresAt, csrfToken },
      {
        headers: {
          "Set-Cookie": sessionCookie(cookieValue, maxAge, isSecureRequest(request, parseEnv())),
        },
      },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
