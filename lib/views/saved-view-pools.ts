import { createHash, randomBytes } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { nextTimestamp, queued } from "@/lib/admin/query-library";
import { Conflict, TooManyRequests } from "@/lib/api/errors";
import { parseEnv, type Env } from "@/lib/config/env";
import { txRows, writeTx, type Db } from "@/lib/db/session";
import { SAVED_VIEW_LABEL, SAVED_VIEW_QUOTA_LABEL } from "@/lib/graph/schema";
import type { SavedViewInput } from "@/lib/views/saved-view-input";
import {
  newSavedViewId,
  SAVED_VIEW_FIELDS,
  toSavedView,
  type SavedView,
} from "@/lib/views/saved-views";

/** Who is saving: a signed-in account, or an anonymous client known only by its address. */
export type ViewSaver = { username: string } | { address: string };

export interface ViewLimits {
  perUser: number;
  anonymous: number;
  perAddressPerHour: number;
}

export const viewLimits = (env: Env = parseEnv()): ViewLimits => ({
  perUser: env.ATLAS_VIEWS_PER_USER_MAX,
  anonymous: env.ATLAS_VIEWS_ANONYMOUS_MAX,
  perAddressPerHour: env.ATLAS_VIEWS_PER_ADDRESS_PER_HOUR,
});

export const ANONYMOUS_POOL = "anonymous";
const HOUR_MS = 3_600_000;

const poolOf = (saver: ViewSaver) =>
  "username" in saver ? `user:${saver.username}` : ANONYMOUS_POOL;

/**
 * Takes the write lock on the pool's quota node, creating it once (a uniqueness constraint, so
 * two instances never make two), as lockLibrary does for the console. It returns the pool's salt:
 * addresses are stored only as a hash keyed with it, so the stored hash cannot be reversed by
 * hashing every IPv4 address, yet every instance hashes an address alike.
 */
async function lockPool(tx: ManagedTransaction, pool: string): Promise<string> {
  const [row] = await txRows(
    tx,
    `MERGE (q:${SAVED_VIEW_QUOTA_LABEL} {pool: $pool})
     ON CREATE SET q.salt = $salt
     SET q.saves = coalesce(q.saves, 0) + 1
     RETURN q.salt AS salt`,
    { pool, salt: randomBytes(16).toString("hex") },
  );
  return String(row!.salt);
}

const addressHash = (salt: string, address: string) =>
  createHash("sha256").update(`${salt}\n${address}`).digest("hex");

async function poolCount(tx: ManagedTransaction, pool: string): Promise<number> {
  const [row] = await txRows(
    tx,
    `MATCH (v:${SAVED_VIEW_LABEL} {pool: $pool}) RETURN count(v) AS stored`,
    { pool },
  );
  return Number(row!.stored);
}

/** 429 once this address saved its hourly number, until the oldest of them is an hour old. */
async function checkAddressRate(
  tx: ManagedTransaction,
  hash: string,
  perHour: number,
  now: number,
): Promise<void> {
  const [row] = await txRows(
    tx,
    `MATCH (v:${SAVED_VIEW_LABEL} {addressHash: $hash}) WHERE v.createdAt > $since
     RETURN count(v) AS recent, min(v.createdAt) AS oldest`,
    { hash, since: new Date(now - HOUR_MS).toISOString() },
  );
  if (Number(row!.recent) < perHour) return;
  const freeAt = Date.parse(String(row!.oldest)) + HOUR_MS;
  const seconds = Math.max(1, Math.ceil((freeAt - now) / 1000));
  throw new TooManyRequests(
    `Views saved without signing in are limited to ${perHour} an hour from one address ` +
      `(ATLAS_VIEWS_PER_ADDRESS_PER_HOUR): try again in ${Math.ceil(seconds / 60)} minutes, or sign in.`,
    seconds,
  );
}

function full(pool: string, cap: number): Conflict {
  const anonymous = pool === ANONYMOUS_POOL;
  return new Conflict(
    "saved_views_full",
    anonymous
      ? `Views saved without signing in have reached their cap of ${cap} ` +
          "(ATLAS_VIEWS_ANONYMOUS_MAX): sign in to save this view."
      : `This account has saved its cap of ${cap} views (ATLAS_VIEWS_PER_USER_MAX): ` +
          "delete some before saving more.",
    { pool: anonymous ? "anonymous" : "user", cap },
  );
}

/**
 * Stores a view in its saver's pool: a signed-in user's own (ATLAS_VIEWS_PER_USER_MAX) or the
 * anonymous one (ATLAS_VIEWS_ANONYMOUS_MAX in all, ATLAS_VIEWS_PER_ADDRESS_PER_HOUR per address),
 * so anonymous saves never use up an account's room. The lock, the counts and the CREATE share one
 * transaction: caps hold under any concurrency, on any number of instances.
 */
export function createSavedView(
  db: Db,
  input: SavedViewInput,
  saver: ViewSaver,
  limits: ViewLimits = viewLimits(),
): Promise<SavedView> {
  const pool = poolOf(saver);
  // One save per pool at a time in this process: a burst waits here, not on pooled connections.
  return queued(`saved-view:${pool}`, () =>
    writeTx(db, async (tx) => {
      const salt = await lockPool(tx, pool);
      const owner = "username" in saver ? saver.username : null;
      const hash = "address" in saver ? addressHash(salt, saver.address) : null;
      if (hash !== null) await checkAddressRate(tx, hash, limits.perAddressPerHour, Date.now());
      const cap = owner === null ? limits.anonymous : limits.perUser;
      if ((await poolCount(tx, pool)) >= cap) throw full(pool, cap);
      const [row] = await txRows(
        tx,
        `CREATE (v:${SAVED_VIEW_LABEL}) SET v = $props RETURN ${SAVED_VIEW_FIELDS} AS view`,
        {
          props: {
            ...input,
            id: newSavedViewId(),
            createdAt: nextTimestamp(),
            pool,
            owner,
            addressHash: hash,
          },
        },
      );
      return toSavedView(row!, owner);
    }),
  );
}
