import type { Driver, ManagedTransaction } from "neo4j-driver";
import { readTx, txRows, type Db } from "@/lib/db/session";
import { GRAPH_VERSION_LABEL } from "@/lib/graph/schema";

/**
 * The graph's version: a random token on one `(:GraphVersion {id: 'graph'})` node that every write
 * through the app replaces inside its own transaction, so a rolled-back write changes nothing and
 * a committed one is seen by every instance. A token, not a counter: a reset that deletes the node
 * cannot bring back a version some cache still holds. `bumps` counts the writes, for people.
 */
export const NO_GRAPH_VERSION = "0000000000000000";

/** How old a version an instance may use: a write is noticed everywhere within this long. */
export const GRAPH_VERSION_TTL_MS = 1_000;

/**
 * The versions this process's own writes set, newest last, each until a deadline: until the watch
 * has read the newest, it reads again on every call, so a write is seen at once by the instance
 * that made it (a curator's next read) and within GRAPH_VERSION_TTL_MS by every other. Kept on
 * globalThis: a route's bundle may hold its own copy of this module.
 */
const LOCAL_BUMP_WAIT_MS = 30_000;
const local = globalThis as typeof globalThis & {
  __atlasLocalBump?: { version: string; until: number };
};

function awaitedLocalBump(): string | null {
  const bump = local.__atlasLocalBump;
  if (!bump) return null;
  if (Date.now() > bump.until) {
    // Rolled back, or committed long ago: the TTL alone is enough from here.
    local.__atlasLocalBump = undefined;
    return null;
  }
  return bump.version;
}

export async function bumpGraphVersion(tx: ManagedTransaction): Promise<string> {
  const [row] = await txRows(
    tx,
    `MERGE (v:${GRAPH_VERSION_LABEL} {id: 'graph'})
     SET v.version = substring(replace(randomUUID(), '-', ''), 0, 16),
         v.bumps = coalesce(v.bumps, 0) + 1,
         v.changedAt = datetime()
     RETURN v.version AS version`,
  );
  const version = String(row?.version);
  local.__atlasLocalBump = { version, until: Date.now() + LOCAL_BUMP_WAIT_MS };
  return version;
}

export async function readGraphVersion(tx: ManagedTransaction): Promise<string> {
  const [row] = await txRows(
    tx,
    `OPTIONAL MATCH (v:${GRAPH_VERSION_LABEL} {id: 'graph'}) RETURN v.version AS version`,
  );
  return typeof row?.version === "string" ? row.version : NO_GRAPH_VERSION;
}

interface Watch {
  version: string | null;
  /** When the read that gave `version` started. */
  readAt: number;
  reading: Promise<string> | null;
}

// On globalThis like the local bump: every copy of this module (and the response cache's hook that
// scripts/serve.mjs calls, lib/api/cached-answer.mjs) must judge freshness by the same read.
const shared = globalThis as typeof globalThis & {
  __atlasVersionWatches?: WeakMap<Driver, Map<string, Watch>>;
};
const watches = (shared.__atlasVersionWatches ??= new WeakMap<Driver, Map<string, Watch>>());

function watchOf(db: Db): Watch {
  let byDatabase = watches.get(db.driver);
  if (!byDatabase) watches.set(db.driver, (byDatabase = new Map()));
  let watch = byDatabase.get(db.database);
  if (!watch) byDatabase.set(db.database, (watch = { version: null, readAt: 0, reading: null }));
  return watch;
}

/** Whether the version last read may still be used without reading it again. */
function isFresh(watch: Watch): watch is Watch & { version: string } {
  const awaited = awaitedLocalBump();
  return (
    watch.version !== null &&
    Date.now() - watch.readAt < GRAPH_VERSION_TTL_MS &&
    (awaited === null || awaited === watch.version)
  );
}

/**
 * The version this process last read, without reading it: `fresh` when currentGraphVersion would
 * return it as it is, else it is only the version the next read is likely to confirm.
 */
export function knownGraphVersion(db: Db): { version: string | null; fresh: boolean } {
  const watch = watchOf(db);
  return { version: watch.version, fresh: isFresh(watch) };
}

/**
 * The version as this process last read it, read again when that read started more than
 * GRAPH_VERSION_TTL_MS ago: at most one small read per second per process, shared by every cache
 * and every concurrent request, and no timer to keep the process alive.
 */
export async function currentGraphVersion(db: Db): Promise<string> {
  const watch = watchOf(db);
  if (isFresh(watch)) return watch.version;
  if (!watch.reading) {
    const started = Date.now();
    watch.reading = readTx(db, readGraphVersion)
      .then((version) => {
        watch.version = version;
        watch.readAt = started;
        if (local.__atlasLocalBump?.version === version) local.__atlasLocalBump = undefined;
        return version;
      })
      .finally(() => {
        watch.reading = null;
      });
  }
  return watch.reading;
}
