import { TooManyRequests } from "@/lib/api/errors";
import { clientAddress, sharedBuckets } from "@/lib/api/rate-limit";
import { requestSessionId } from "@/lib/auth/cookies";
import { sessionFromToken } from "@/lib/auth/request-auth";
import { parseEnv } from "@/lib/config/env";

/**
 * Throws 429 (with Retry-After) when this user, or this address if signed out, asks too often.
 * Requests without a session are refused with 401 before any query runs, so the address (which a
 * client can set) only keys those.
 */
export async function assertCypherRateLimit(request: Request): Promise<void> {
  const env = parseEnv();
  const limit = { burst: env.ATLAS_CYPHER_RATE_BURST, perMinute: env.ATLAS_CYPHER_RATE_PER_MINUTE };
  const session = await sessionFromToken(requestSessionId(request));
  const key = session ? `user:${session.username}` : `ip:${clientAddress(request)}`;
  const decision = sharedBuckets("cypher", limit).take(key);
  if (decision.allowed) return;
  throw new TooManyRequests(
    `Too many queries: at most ${limit.perMinute} a minute (${limit.burst} at once). Try again in ${decision.retryAfterSeconds} s.`,
    decision.retryAfterSeconds,
  );
}
