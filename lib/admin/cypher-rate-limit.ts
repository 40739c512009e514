import { TooManyRequests } from "@/lib/api/errors";
import { TokenBuckets } from "@/lib/api/rate-limit";
import { readCookie, SESSION_COOKIE } from "@/lib/auth/cookies";
import { sessionFromToken } from "@/lib/auth/request-auth";
import { parseEnv } from "@/lib/config/env";

// One set of buckets per process, shared by every route bundle; new ones when the limit changes.
const store = globalThis as typeof globalThis & { __atlasCypherBuckets?: TokenBuckets };

function cypherBuckets(): TokenBuckets {
  const env = parseEnv();
  const burst = env.ATLAS_CYPHER_RATE_BURST;
  const perMinute = env.ATLAS_CYPHER_RATE_PER_MINUTE;
  const current = store.__atlasCypherBuckets;
  if (current?.limit.burst === burst && current.limit.perMinute === perMinute) return current;
  store.__atlasCypherBuckets = new TokenBuckets({ burst, perMinute });
  return store.__atlasCypherBuckets;
}

/**
 * The client's address as the nearest proxy (or Next itself) reports it. A client can set it, so
 * it only keys requests without a session, which are refused with 401 before any query runs.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}

/** Throws 429 (with Retry-After) when this user, or this address if signed out, asks too often. */
export function assertCypherRateLimit(request: Request): void {
  const session = sessionFromToken(readCookie(request, SESSION_COOKIE));
  const key = session ? `user:${session.username}` : `ip:${clientAddress(request)}`;
  const decision = cypherBuckets().take(key);
  if (decision.allowed) return;
  const { burst, perMinute } = cypherBuckets().limit;
  throw new TooManyRequests(
    `Too many queries: at most ${perMinute} a minute (${burst} at once). Try again in ${decision.retryAfterSeconds} s.`,
    decision.retryAfterSeconds,
  );
}
