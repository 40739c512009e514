import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { availableParallelism } from "node:os";
import { TooManyRequests } from "@/lib/api/errors";

// OWASP's scrypt floor (N=2^17, r=8, p=1) costs ~128 MiB and ~0.3 s a login on this class of machine.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const MAX_MEMORY = 256 * 1024 * 1024;

/**
 * At most `concurrency` tasks run at once, `queue` more wait, and past that a task is refused at
 * once with a 429: a flood then costs a bounded amount of CPU, threads and database connections.
 */
function boundedGate(concurrency: number, queue: number, busy: string) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function bounded<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= queue) throw new TooManyRequests(busy, 1);
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiter, so `running` counts it still.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/**
 * A flood of sign-ins must not take every libuv thread and core: one hash keeps a core busy for
 * ~0.3 s, so at most half the cores hash at once and the rest serve everyone else (measured over
 * HTTP by `npm run bench:sessions`: with both of 2 cores hashing, a signed-in analyst's query
 * waited seconds during a flood).
 */
export const HASH_CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));
export const HASH_QUEUE = 8;
const bounded = boundedGate(
  HASH_CONCURRENCY,
  HASH_QUEUE,
  "The server is busy checking passwords: try again in 1 s.",
);

/**
 * A whole sign-in (its user lookup and its hash) passes this gate first, so a flood never holds
 * more than a few pooled database connections while it waits for the hash queue. Its capacity
 * stays within the hash queue's, so nothing admitted here is refused there.
 */
export const signInGate = boundedGate(
  HASH_CONCURRENCY * 2,
  HASH_QUEUE,
  "The server is busy checking passwords: try again in 1 s.",
);

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number) {
  return bounded(() => scryptKey(password, salt, options, length));
}

function scryptKey(password: string, salt: Buffer, options: ScryptOptions, length: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      password.normalize("NFKC"),
      salt,
      length,
      { ...options, maxmem: MAX_MEMORY },
      (e, key) => (e ? reject(e) : resolve(key)),
    );
  });
}

/** `scrypt$N$r$p$salt$key`, base64url parts: self-describing, so parameters can rise later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_LENGTH);
  const { N, r, p } = PARAMS;
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = encoded.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(
    password,
    Buffer.from(salt, "base64url"),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
