import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ROLES, type Role } from "@/lib/auth/accounts";

export interface Session {
  id: string;
  username: string;
  role: Role;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

const payloadSchema = z.object({
  sid: z.string().min(16),
  u: z.string(),
  r: z.enum(ROLES),
  exp: z.number().int(),
});

function mac(secret: string, purpose: string, data: string): Buffer {
  return createHmac("sha256", secret).update(`${purpose}:${data}`).digest();
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newSessionId(): string {
  return randomBytes(18).toString("base64url");
}

/** `payload.signature`, both base64url: the cookie carries its own expiry and role, signed. */
export function signSession(session: Session, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify({
      sid: session.id,
      u: session.username,
      r: session.role,
      exp: session.expiresAt,
    }),
  ).toString("base64url");
  return `${payload}.${mac(secret, "session", payload).toString("base64url")}`;
}

export function verifySession(token: string, secret: string, now = Date.now()): Session | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  if (!sameBytes(Buffer.from(signature, "base64url"), mac(secret, "session", payload))) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.exp <= now) return null;
  const { sid, u, r, exp } = parsed.data;
  return { id: sid, username: u, role: r, expiresAt: exp };
}

/** The anti-CSRF token is bound to the session: a page gets it, a forged cross-site request cannot. */
export function csrfTokenFor(session: Session, secret: string): string {
  return mac(secret, "csrf", session.id).toString("base64url");
}

export function csrfTokenMatches(session: Session, secret: string, token: string): boolean {
  return sameBytes(Buffer.from(token, "base64url"), mac(secret, "csrf", session.id));
}
