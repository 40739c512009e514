import type { ManagedTransaction } from "neo4j-driver";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { Role } from "@/lib/auth/accounts";
import type { AuditActor } from "@/lib/auth/audit-actor";
import {
  csrfTokenForId,
  hashSessionId,
  newSessionId,
  type Session,
} from "@/lib/auth/session-token";
import { parseEnv } from "@/lib/config/env";
import { readRows, txRows, writeRows, writeTx, type Db } from "@/lib/db/session";

/**
 * `(:Session {idHash, username, createdAt, lastSeenAt, expiresAt, ip, userAgent})` in Neo4j, which
 * every instance shares: a session deleted on one instance is gone for all of them. A session
 * holds while it exists, is within its absolute (expiresAt) and idle (lastSeenAt) limits, and its
 * user exists, is enabled and has not changed password since the session began.
 */

interface CachedLookup {
  session: Session;
  until: number;
}

// A lookup is reused for at most ATLAS_SESSION_CACHE_MS (≤ 1 s): the bound on how long another
// instance may still accept a session that was ended elsewhere. Refusals are never cached.
const store = globalThis as typeof globalThis & { __atlasSessionCache?: Map<string, CachedLookup> };
const CACHE_MAX_ENTRIES = 10_000;

function cache(): Map<string, CachedLookup> {
  store.__atlasSessionCache ??= new Map();
  return store.__atlasSessionCache;
}

function forgetCached(match: (session: Session) => boolean): void {
  for (const [key, entry] of cache()) if (match(entry.session)) cache().delete(key);
}

function limits() {
  const env = parseEnv();
  return {
    ttlMs: env.ATLAS_SESSION_TTL_MINUTES * 60_000,
    idleMs: env.ATLAS_SESSION_IDLE_MINUTES * 60_000,
    cacheMs: env.ATLAS_SESSION_CACHE_MS,
  };
}

export interface NewSession {
  /** The cookie's value: returned once, never stored. */
  rawId: string;
  session: Session;
}

export interface SessionClient {
  ip: string;
  userAgent: string;
}

const CREATE_SESSION = `CREATE (:Session {idHash: $idHash, username: $username, createdAt: $now,
  lastSeenAt: $now, expiresAt: $expiresAt, ip: $ip, userAgent: $userAgent})`;

// Sign-ins sweep a bounded batch of long-dead sessions, so the label does not grow without end.
const SWEEP_EXPIRED = `MATCH (s:Session) WHERE s.expiresAt < $now
  WITH s LIMIT 1000 DELETE s`;

function newSession(username: string, role: Role, now: number, ttlMs: number) {
  const rawId = newSessionId();
  const session: Session = {
    id: hashSessionId(rawId),
    username,
    role,
    expiresAt: now + ttlMs,
    csrfToken: csrfTokenForId(rawId),
  };
  return { rawId, session };
}

function sessionParams(session: Session, client: SessionClient, now: number) {
  return {
    idHash: session.id,
    username: session.username,
    now,
    expiresAt: session.expiresAt,
    ip: client.ip.slice(0, 100),
    userAgent: client.userAgent.slice(0, 500),
  };
}

export async function createSession(
  db: Db,
  user: { username: string; role: Role },
  client: SessionClient,
): Promise<NewSession> {
  const now = Date.now();
  const created = newSession(user.username, user.role, now, limits().ttlMs);
  await writeTx(db, async (tx) => {
    await txRows(tx, SWEEP_EXPIRED, { now });
    await txRows(tx, CREATE_SESSION, sessionParams(created.session, client, now));
  });
  return created;
}

/**
 * The password change in one transaction with its consequences: every session of the user ends
 * (this one too) and a fresh one begins, so no session that began before the change survives it;
 * its audit entry is written in the same transaction.
 */
export async function replaceSessionsAfterPasswordChange(
  db: Db,
  user: { username: string; role: Role },
  passwordHash: string,
  client: SessionClient,
  actor: AuditActor,
): Promise<NewSession> {
  const now = Date.now();
  const created = newSession(user.username, user.role, now, limits().ttlMs);
  await writeTx(db, async (tx) => {
    await txRows(
      tx,
      `MATCH (u:User {username: $username})
       SET u.passwordHash = $passwordHash, u.passwordChangedAt = $now
       WITH u OPTIONAL MATCH (s:Session {username: u.username}) DELETE s`,
      { username: user.username, passwordHash, now },
    );
    await txRows(tx, CREATE_SESSION, sessionParams(created.session, client, now));
    await recordAudit(tx, {
      ...actor,
      action: "user.password",
      target: user.username,
      after: { passwordChangedAt: now, by: "self" },
      outcome: "ok",
    });
  });
  forgetCached((session) => session.username === user.username);
  return created;
}

const LOOKUP = `MATCH (s:Session {idHash: $idHash})
  WHERE s.expiresAt > $now AND s.lastSeenAt > $now - $idleMs
  MATCH (u:User {username: s.username})
  WHERE u.disabled = false AND u.passwordChangedAt <= s.createdAt
  RETURN s.username AS username, u.role AS role, s.expiresAt AS expiresAt,
    s.lastSeenAt AS lastSeenAt`;

/** The live session behind a cookie's id, or null: one indexed read, at most one small write. */
export async function findSession(db: Db, rawId: string): Promise<Session | null> {
  const idHash = hashSessionId(rawId);
  const now = Date.now();
  const cached = cache().get(idHash);
  if (cached && cached.until > now && cached.session.expiresAt > now) return cached.session;
  if (cached) cache().delete(idHash);
  const { idleMs, cacheMs } = limits();
  const [row] = await readRows(db, LOOKUP, { idHash, now, idleMs });
  if (!row) return null;
  const session: Session = {
    id: idHash,
    username: row.username as string,
    role: row.role as Role,
    expiresAt: row.expiresAt as number,
    csrfToken: csrfTokenForId(rawId),
  };
  // lastSeenAt moves in steps (a minute, or a tenth of the idle limit if shorter), not on every
  // request: the idle limit holds to within that step, and most requests stay read-only.
  if (now - (row.lastSeenAt as number) > Math.min(60_000, idleMs / 10)) {
    await writeRows(db, "MATCH (s:Session {idHash: $idHash}) SET s.lastSeenAt = $now", {
      idHash,
      now,
    });
  }
  if (cacheMs > 0) {
    if (cache().size >= CACHE_MAX_ENTRIES) cache().clear();
    cache().set(idHash, { session, until: now + cacheMs });
  }
  return session;
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  forgetCached((session) => session.id === idHash);
  await writeRows(db, "MATCH (s:Session {idHash: $idHash}) DELETE s", { idHash });
}

/**
 * Ends every session of the user inside `tx` (with the change that ends them); the number ended.
 * Call forgetUserSessions after the commit, so this instance stops reusing its cached lookups.
 */
export async function deleteUserSessionsTx(
  tx: ManagedTransaction,
  username: string,
): Promise<number> {
  const rows = await txRows(
    tx,
    `MATCH (s:Session {username: $username}) DELETE s RETURN count(*) AS ended`,
    { username },
  );
  return (rows[0]?.ended as number | undefined) ?? 0;
}

export function forgetUserSessions(username: string): void {
  forgetCached((session) => session.username === username);
}

/** The user's sessions, newest first, for an admin: never the id or its hash. */
export async function listUserSessions(db: Db, username: string) {
  return readRows(
    db,
    `MATCH (s:Session {username: $username}) WHERE s.expiresAt > $now
     RETURN s.createdAt AS createdAt, s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt,
       s.ip AS ip, s.userAgent AS userAgent
     ORDER BY s.createdAt DESC LIMIT 100`,
    { username, now: Date.now() },
  );
}
