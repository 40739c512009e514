import { Forbidden, Unauthorized } from "@/lib/api/errors";
import type { Role } from "@/lib/auth/accounts";
import { requestSessionId } from "@/lib/auth/cookies";
import { findSession } from "@/lib/auth/session-store";
import { csrfTokenMatches, type Session } from "@/lib/auth/session-token";
import { parseEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/driver";

export const CSRF_HEADER = "x-csrf-token";

// A random id is 43 base64url characters; anything else is not worth a database round trip.
const SESSION_ID = /^[\w-]{43}$/;

/** The live session a cookie's id stands for (looked up in Neo4j), or null. */
export async function sessionFromToken(token: string | undefined): Promise<Session | null> {
  if (!token || !SESSION_ID.test(token)) return null;
  return findSession(getDb(), token);
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

/** The signed-in user ({id, username, role, expiresAt, csrfToken}), or 401 / 403. */
export async function requireSession(
  request: Request,
  options: RequireOptions = {},
): Promise<Session> {
  const session = await optionalSession(request, options);
  if (!session) throw new Unauthorized();
  return session;
}

/**
 * For routes open to everyone that act for the signed-in user when there is one (saving a view):
 * null without a live session; with one, the same checks as requireSession (403).
 */
export async function optionalSession(
  request: Request,
  options: RequireOptions = {},
): Promise<Session | null> {
  const session = await sessionFromToken(requestSessionId(request));
  if (!session) return null;
  if (options.stateChanging) {
    assertSameOrigin(request);
    const token = request.headers.get(CSRF_HEADER);
    if (!token || !csrfTokenMatches(session, token)) {
      throw new Forbidden("Missing or wrong CSRF token.", "csrf");
    }
  }
  // An admin may do everything; any other role only its own.
  if (options.role && session.role !== options.role && session.role !== "admin") {
    throw new Forbidden(`This needs the ${options.role} role.`);
  }
  return session;
}
