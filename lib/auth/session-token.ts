import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Role } from "@/lib/auth/accounts";

/**
 * A signed-in session as the routes see it. The cookie carries only a random id; Neo4j holds the
 * session under the id's SHA-256 (`id` here), so neither a leaked database nor a log line of `id`
 * lets anyone sign in, and nothing in the cookie is trusted beyond the lookup.
 */
export interface Session {
  /** The SHA-256 of the cookie's id: what `(:Session {idHash})` stores, safe to record. */
  id: string;
  username: string;
  role: Role;
  /** Absolute expiry, epoch milliseconds. */
  expiresAt: number;
  /** The anti-CSRF token bound to this session (the page gets it, a cross-site form cannot). */
  csrfToken: string;
}

function sha256(purpose: string, value: string): string {
  return createHash("sha256").update(`${purpose}${value}`).digest("base64url");
}

/** 256 random bits, base64url (43 characters): a session id, an invitation's token. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The whole cookie value. */
export function newSessionId(): string {
  return randomToken();
}

export function hashSessionId(rawId: string): string {
  return sha256("", rawId);
}

/** What `(:Invitation {tokenHash})` stores: the link's token itself is shown once, never kept. */
export function hashInvitationToken(token: string): string {
  return sha256("invitation:", token);
}

/**
 * Derived from the raw id, which only the cookie holder has: every instance computes the same token
 * without a shared secret, and the stored hash does not reveal it.
 */
export function csrfTokenForId(rawId: string): string {
  return sha256("csrf:", rawId);
}

export function csrfTokenFor(session: Session): string {
  return session.csrfToken;
}

export function csrfTokenMatches(session: Session, token: string): boolean {
  const a = Buffer.from(token);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
