import { z } from "zod";
import { TooManyRequests, Unauthorized } from "@/lib/api/errors";
import { clientAddress, sharedBuckets } from "@/lib/api/rate-limit";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { authenticate } from "@/lib/auth/accounts";
import { assertSameOrigin } from "@/lib/auth/request-auth";
import { sessionSecret } from "@/lib/auth/session-store";
import { csrfTokenFor, newSessionId, signSession, type Session } from "@/lib/auth/session-token";
import {
  clearLoginFailures,
  loginThrottleKey,
  loginWaitMs,
  recordLoginFailure,
} from "@/lib/auth/throttle";
import { parseEnv } from "@/lib/config/env";

export const loginBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export interface LoginResult {
  session: Session;
  cookieValue: string;
  csrfToken: string;
}

/** Throws 429 (with Retry-After) when this address has tried to sign in too often. */
function assertLoginRateLimit(request: Request): void {
  const env = parseEnv();
  const limit = { burst: env.ATLAS_LOGIN_RATE_BURST, perMinute: env.ATLAS_LOGIN_RATE_PER_MINUTE };
  const decision = sharedBuckets("login", limit).take(`ip:${clientAddress(request)}`);
  if (decision.allowed) return;
  throw new TooManyRequests(
    `Too many sign-in attempts from this address: at most ${limit.perMinute} a minute. Try again in ${decision.retryAfterSeconds} s.`,
    decision.retryAfterSeconds,
  );
}

export async function login(request: Request): Promise<LoginResult> {
  assertSameOrigin(request);
  assertLoginRateLimit(request);
  const { username, password } = await readJsonBody(request, loginBodySchema, {
    maxBytes: BODY_LIMITS.login,
  });
  const keys = [loginThrottleKey(username, clientAddress(request))];
  const wait = loginWaitMs(keys);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw new TooManyRequests(`Too many failed sign-ins: try again in ${seconds} s.`, seconds);
  }
  const account = await authenticate(username, password);
  if (!account) {
    recordLoginFailure(keys);
    throw new Unauthorized("Wrong user name or password.");
  }
  clearLoginFailures(keys);
  const ttlMs = parseEnv().ATLAS_SESSION_TTL_MINUTES * 60_000;
  const session: Session = {
    id: newSessionId(),
    username: account.username,
    role: account.role,
    expiresAt: Date.now() + ttlMs,
  };
  const secret = sessionSecret();
  return {
    session,
    cookieValue: signSession(session, secret),
    csrfToken: csrfTokenFor(session, secret),
  };
}
