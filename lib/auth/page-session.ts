import { cookies } from "next/headers";
import type { Role } from "@/lib/auth/accounts";
import { sessionCookieValue } from "@/lib/auth/cookies";
import { sessionFromToken } from "@/lib/auth/request-auth";
import type { Session } from "@/lib/auth/session-token";

/** The signed-in user a page is rendered for, from the session cookie, or null. */
export async function pageSession(): Promise<Session | null> {
  const jar = await cookies();
  return sessionFromToken(sessionCookieValue((name) => jar.get(name)?.value));
}

/** Curators add and review documents; an admin may do everything (as requireSession decides). */
export function canCurate(role: Role): boolean {
  return role === "curator" || role === "admin";
}
