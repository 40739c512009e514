import { z } from "zod";
import { TooManyRequests, Unauthorized } from "@/lib/api/errors";
import { clientAddress, sharedBuckets } from "@/lib/api/rate-limit";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { assertSameOrigin } from "@/lib/auth/request-auth";
import { createSession, type NewSession, type SessionClient } from "@/lib/auth/session-store";
import {
  clearLoginFailures,
  loginThrottleKey,
  loginWaitMs,
  recordLoginFailure,
} from "@/lib/auth/throttle";
import { authenticate } from "@/lib/auth/users";
import { parseEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/driver";

export const loginBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** Throws 429 (with Retry-After) when this address has tried to sign in too often. */
export function assertLoginRateLimit(request: Request): void {
  const env = parseEnv();
  const limit = { burst: env.ATLAS_LOGIN_RATE_BURST, perMinute: env.ATLAS_LOGIN_RATE_PER_MINUTE };
  const decision = sharedBuckets("login", limit).take(`ip:${clientAddress(request)}`);
  if (decision.allowed) return;
  throw new TooManyRequests(
    `Too many sign-in attempts from this address: at most ${limit.perMinute} a minute. Try again in ${decision.retryAfterSeconds} s.`,
    decision.retryAfterSeconds,
  );
}

/** Who is signing in from where, as the session records it. */
export function sessionClient(request: Request): SessionClient {
  return { ip: clientAddress(request), userAgent: request.headers.get("user-agent") ?? "" };
}

/** Throws 429 while these keys must wait after failed attempts. */
export function assertNotThrottled(keys: string[]): void {
  const wait = loginWaitMs(keys);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw new TooManyRequests(`Too many failed sign-ins: try again in ${seconds} s.`, seconds);
  }
}

export async function login(request: Request): Promise<NewSession> {
  assertSameOrigin(request);
  assertLoginRateLimit(request);
  const { username, password } = await readJsonBody(request, loginBodySchema, {
    maxBytes: BODY_LIMITS.login,
  });
  const keys = [loginThrottleKey(username, clientAddress(request))];
  assertNotThrottled(keys);
  const db = getDb();
  const user = await authenticate(db, username, password);
  if (!user) {
    recordLoginFailure(keys);
    throw new Unauthorized("Wrong user name or password.");
  }
  clearLoginFailures(keys);
  return createSession(db, user, sessionClient(request));
}
