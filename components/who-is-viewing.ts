import { requestJson } from "@/components/fetch-json";
import type { Role } from "@/lib/auth/accounts";

/** Signed in: the account, its role and its CSRF token; signed out: null. */
export type Viewer = { username: string; role: Role; csrfToken: string } | null;

/** The viewer (GET /api/auth/session): null when signed out (401); any other failure throws. */
export async function whoIsViewing(): Promise<Viewer> {
  const result = await requestJson<NonNullable<Viewer>>("/api/auth/session");
  if (result.ok) {
    const { username, role, csrfToken } = result.data;
    return { username, role, csrfToken };
  }
  if (result.status === 401) return null;
  throw new Error(result.error.message);
}
