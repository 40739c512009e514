import { cookies } from "next/headers";
import { sessionCookieValue } from "@/lib/auth/cookies";
import { sessionFromToken } from "@/lib/auth/request-auth";
import type { Session } from "@/lib/auth/session-token";

/** The signed-in user a page is rendered for, from the session cookie, or null. */
export async function pageSession(): Promise<Session | null> {
  const jar = await cookies();
  return sessionFromToken(sessionCookieValue((name) => jar.get(name)?.value));
}
