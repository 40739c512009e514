import type { Env } from "@/lib/config/env";

export const SESSION_COOKIE = "atlas_session";
/**
 * Over HTTPS the cookie is `__Host-atlas_session`: browsers accept that name only with Secure,
 * Path=/ and no Domain, so no other host (a sibling subdomain) can plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function isSecureRequest(request: Request, env: Env): boolean {
  if (env.ATLAS_COOKIE_SECURE !== "auto") return env.ATLAS_COOKIE_SECURE === "always";
  if (env.ATLAS_PUBLIC_ORIGIN?.startsWith("https:")) return true;
  return (
    new URL(request.url).protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE}=${value}`,
    "Path=/",
    `Max-Age=${maxAgeSeconds}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", 0, secure);
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** The session id a request carries: the `__Host-` cookie first, then the plain one. */
export function sessionCookieValue(get: (name: string) => string | undefined): string | undefined {
  return get(SECURE_SESSION_COOKIE) || get(SESSION_COOKIE) || undefined;
}

export function requestSessionId(request: Request): string | undefined {
  return sessionCookieValue((name) => readCookie(request, name));
}
