/**
 * Slows down password guessing: after FREE_ATTEMPTS failures for one key, each further attempt
 * must wait twice as long as the last, up to MAX_DELAY_MS. A success clears the key. The key is the
 * account and the client address together (loginThrottleKey), so a stranger's guesses slow only
 * that stranger: the owner signing in from another address is never made to wait. Kept in memory,
 * per instance (docs/reliability.md): a restart forgives, which is acceptable for a throttle.
 */
const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;
/** Forged addresses and random names must not grow memory without bound: the oldest go first. */
const MAX_KEYS = 10_000;

export function loginThrottleKey(username: string, address: string): string {
  return `user:${username}|ip:${address}`;
}

interface Failures {
  count: number;
  last: number;
}

const store = globalThis as typeof globalThis & { __atlasLoginFailures?: Map<string, Failures> };

function failures(): Map<string, Failures> {
  store.__atlasLoginFailures ??= new Map();
  return store.__atlasLoginFailures;
}

function delayFor(count: number): number {
  if (count < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (count - FREE_ATTEMPTS));
}

/** Milliseconds the caller must still wait before trying any of these keys again (0: go ahead). */
export function loginWaitMs(keys: string[], now = Date.now()): number {
  let wait = 0;
  for (const key of keys) {
    const entry = failures().get(key);
    if (!entry) continue;
    if (now - entry.last > FORGET_AFTER_MS) {
      failures().delete(key);
      continue;
    }
    wait = Math.max(wait, entry.last + delayFor(entry.count) - now);
  }
  return Math.max(0, wait);
}

export function recordLoginFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) {
    const entry = failures().get(key);
    // Re-inserted, so the Map's first key is the one that failed longest ago.
    failures().delete(key);
    failures().set(key, { count: (entry?.count ?? 0) + 1, last: now });
  }
  while (failures().size > MAX_KEYS) failures().delete(failures().keys().next().value as string);
}

export function clearLoginFailures(keys: string[]): void {
  for (const key of keys) failures().delete(key);
}
