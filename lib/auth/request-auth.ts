import { Forbidden, Unauthorized } from "@/lib/api/errors";
import type { Role } from "@/lib/auth/accounts";
import { readCookie, SESSION_COOKIE } from "@/lib/auth/cookies";
import { isRevoked, sessionSecret } from "@/lib/auth/session-store";
import { csrfTokenMatches, verifySession, type Session } from "@/lib/auth/session-token";
import { parseEnv } from "@/lib/config/env";

export const CSRF_HEADER = "x-csrf-token";

/** The session a cookie value stands for, if it is signed by us, unexpired and not logged out. */
export function sessionFromToken(token: string | undefined): Session | null {
  if (!token) return null;
  const session = verifySession(token, sessionSecret());
  return session && !isRevoked(session.id) ? session : null;
}

/**
 * Cross-site requests are refused by their Origin (browsers send it on every POST): it must be
 * this server, or ATLAS_PUBLIC_ORIGIN behind a proxy. Non-browser clients send none and pass here;
 * they still need the session-bound CSRF token on everything but login.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (origin === null) {
    if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
      throw new Forbidden("Cross-site request refused.", "csrf");
    }
    return;
  }
  const publicOrigin = parseEnv().ATLAS_PUBLIC_ORIGIN;
  if (publicOrigin && new URL(publicOrigin).origin === origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: not this server.
  }
  if (!host || originHost !== host) {
    throw new Forbidden("Cross-site request refused.", "csrf");
  }
}

interface RequireOptions {
  /** State-changing requests also need the same origin and the session's CSRF token. */
  stateChanging?: boolean;
  role?: Role;
}

export function requireSession(request: Request, options: RequireOptions = {}): Session {
  const session = sessionFromToken(readCookie(request, SESSION_COOKIE));
  if (!session) throw new Unauthorized();
  if (options.stateChanging) {
    assertSameOrigin(request);
    const token = request.headers.get(CSRF_HEADER);
    if (!token || !csrfTokenMatches(session, sessionSecret(), token)) {
      throw new Forbidden("Missing or wrong CSRF token.", "csrf");
    }
  }
  if (options.role === "admin" && session.role !== "admin") {
    throw new Forbidden("This needs the admin role.");
  }
  return session;
}
