import { POST as loginPost } from "@/app/api/auth/login/route";

export const ORIGIN = "http://atlas.test";
export const ANALYST = { username: "analyst", password: "analyst-password-for-tests" };
export const ADMIN = { username: "admin", password: "admin-password-for-tests" };

/** The configured (known) accounts; call before any request. Harness tests always set both. */
export function configureAdminConsole(): void {
  Object.assign(process.env, {
    ATLAS_ANALYST_PASSWORD: ANALYST.password,
    ATLAS_ADMIN_PASSWORD: ADMIN.password,
  });
}

export interface Credentials {
  cookie: string;
  csrfToken: string;
}

export function jsonRequest(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  method = "POST",
): Request {
  return new Request(`${ORIGIN}${url}`, {
    method,
    headers: { "content-type": "application/json", host: "atlas.test", origin: ORIGIN, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function logIn(account: { username: string; password: string }): Promise<Credentials> {
  const response = await loginPost(jsonRequest("/api/auth/login", account));
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A state-changing request as the console page sends it: session cookie, CSRF token, same origin. */
export function authed(url: string, credentials: Credentials, body?: unknown, method = "POST") {
  const headers = { cookie: credentials.cookie, "x-csrf-token": credentials.csrfToken };
  if (method === "GET") {
    return new Request(`${ORIGIN}${url}`, { headers: { ...headers, host: "atlas.test" } });
  }
  return jsonRequest(url, body ?? {}, headers, method);
}
