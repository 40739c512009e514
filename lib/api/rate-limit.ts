import { parseEnv } from "@/lib/config/env";

export interface RateLimit {
  /** Requests a key may make at once, after a quiet spell. */
  burst: number;
  /** Sustained rate: tokens added back per minute. */
  perMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

// Past this many keys, buckets that have refilled completely are forgotten (they equal new ones).
const PRUNE_ABOVE = 10_000;

/**
 * Token buckets, one per key (a user, a client address): each request takes a token, tokens come
 * back at `perMinute`, up to `burst`. In memory, per process: a restart forgives, which is
 * acceptable for a limit that protects the database from one over-eager client.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private refilled(bucket: Bucket, now: number): number {
    const added = (Math.max(0, now - bucket.at) * this.limit.perMinute) / 60_000;
    return Math.min(this.limit.burst, bucket.tokens + added);
  }

  take(key: string): RateDecision {
    const now = this.now();
    const existing = this.buckets.get(key);
    const tokens = existing ? this.refilled(existing, now) : this.limit.burst;
    // The epsilon keeps float rounding from refusing a caller who waited exactly Retry-After.
    if (tokens < 1 - 1e-9) {
      const missingMs = ((1 - tokens) / this.limit.perMinute) * 60_000;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missingMs / 1000)) };
    }
    this.buckets.set(key, { tokens: Math.max(0, tokens - 1), at: now });
    if (this.buckets.size > PRUNE_ABOVE) this.prune(now);
    return { allowed: true };
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now) >= this.limit.burst) this.buckets.delete(key);
    }
  }
}

// One set of buckets per limit name and process, shared by every route bundle.
const shared = globalThis as typeof globalThis & { __atlasRateBuckets?: Map<string, TokenBuckets> };

/** The process's buckets for `name`; new, empty ones when the configured limit has changed. */
export function sharedBuckets(name: string, limit: RateLimit): TokenBuckets {
  shared.__atlasRateBuckets ??= new Map();
  const current = shared.__atlasRateBuckets.get(name);
  if (current?.limit.burst === limit.burst && current.limit.perMinute === limit.perMinute) {
    return current;
  }
  const fresh = new TokenBuckets(limit);
  shared.__atlasRateBuckets.set(name, fresh);
  return fresh;
}

/**
 * The one reading of the client's address. With ATLAS_TRUST_PROXY, the first X-Forwarded-For
 * entry (the proxy's report of its client). Without it, the last entry: scripts/serve.mjs drops a
 * client's own header and Next sets it to the socket's address, so a client cannot choose it.
 */
export function clientAddress(request: Request): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const trusted = parseEnv().ATLAS_TRUST_PROXY;
  const forwarded = trusted ? entries[0] : entries[entries.length - 1];
  return forwarded || (trusted && request.headers.get("x-real-ip")?.trim()) || "unknown";
}
