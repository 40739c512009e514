import { TokenBuckets } from "@/lib/api/rate-limit";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("token buckets", () => {
  it("allows a burst, then refuses with the seconds until the next token", () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 3, perMinute: 6 }, time.now);
    expect([1, 2, 3].map(() => buckets.take("user:a").allowed)).toEqual([true, true, true]);
    // Six a minute: one token every 10 s.
    expect(buckets.take("user:a")).toEqual({ allowed: false, retryAfterSeconds: 10 });
    time.advance(4_000);
    expect(buckets.take("user:a")).toEqual({ allowed: false, retryAfterSeconds: 6 });
  });

  it("lets a caller in again after exactly Retry-After, and only once per token", () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 1, perMinute: 60 }, time.now);
    expect(buckets.take("k").allowed).toBe(true);
    const refused = buckets.take("k");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time.advance(1_000);
    expect(buckets.take("k").allowed).toBe(true);
    expect(buckets.take("k").allowed).toBe(false);
  });

  it("keeps keys apart and refills no further than the burst", () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 2, perMinute: 60 }, time.now);
    buckets.take("a");
    buckets.take("a");
    expect(buckets.take("a").allowed).toBe(false);
    expect(buckets.take("b").allowed).toBe(true);
    time.advance(3_600_000);
    expect([1, 2, 3].map(() => buckets.take("a").allowed)).toEqual([true, true, false]);
  });

  it("never asks for less than one second", () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 1, perMinute: 600_000 }, time.now);
    buckets.take("k");
    expect(buckets.take("k")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
