import { randomBytes, randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { recordAudit } from "@/lib/audit/audit-entries";
import { getAccounts, type Account, type Role } from "@/lib/auth/accounts";
import { hashPassword, signInGate, verifyPassword } from "@/lib/auth/password";
import type { Env } from "@/lib/config/env";
import { readRows, txRows, writeTx, type Db, type Row } from "@/lib/db/session";

/** `(:User)`: times are epoch milliseconds, like the sessions'. */
export interface User {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  passwordChangedAt: number;
  disabled: boolean;
  createdAt: number;
}

/** A user as the admin API shows it: never the hash. */
export type PublicUser = Omit<User, "passwordHash">;

const USER_FIELDS = `u.username AS username, u.displayName AS displayName, u.role AS role,
  u.passwordHash AS passwordHash, u.passwordChangedAt AS passwordChangedAt,
  u.disabled AS disabled, u.createdAt AS createdAt`;

function toUser(row: Row): User {
  return {
    username: row.username as string,
    displayName: (row.displayName as string | null) ?? (row.username as string),
    role: row.role as Role,
    passwordHash: row.passwordHash as string,
    passwordChangedAt: row.passwordChangedAt as number,
    disabled: row.disabled === true,
    createdAt: row.createdAt as number,
  };
}

export function publicUser(user: User): PublicUser {
  const { username, displayName, role, passwordChangedAt, disabled, createdAt } = user;
  return { username, displayName, role, passwordChangedAt, disabled, createdAt };
}

export async function findUser(db: Db, username: string): Promise<User | null> {
  const rows = await readRows(db, `MATCH (u:User {username: $username}) RETURN ${USER_FIELDS}`, {
    username,
  });
  return rows[0] ? toUser(rows[0]) : null;
}

/** The user as `tx` sees it (inside a change, for its audit entry's `before`). */
export async function findUserTx(tx: ManagedTransaction, username: string): Promise<User | null> {
  const rows = await txRows(tx, `MATCH (u:User {username: $username}) RETURN ${USER_FIELDS}`, {
    username,
  });
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(db: Db): Promise<PublicUser[]> {
  const rows = await readRows(db, `MATCH (u:User) RETURN ${USER_FIELDS} ORDER BY u.username`);
  return rows.map((row) => publicUser(toUser(row)));
}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  passwordHash: string;
}

/**
 * MERGE on the constrained username inside `tx`: of any number of transactions creating the same
 * user at once, exactly one creates it (its nonce is the one stored); the others match it and
 * change nothing. The created user (no hash), or null when the name was taken.
 */
export async function mergeUserTx(
  tx: ManagedTransaction,
  user: NewUser,
  now = Date.now(),
): Promise<PublicUser | null> {
  const nonce = randomUUID();
  const rows = await txRows(
    tx,
    `MERGE (u:User {username: $username})
     ON CREATE SET u.displayName = $displayName, u.role = $role, u.passwordHash = $passwordHash,
       u.passwordChangedAt = $now, u.disabled = false, u.createdAt = $now, u.createdBy = $nonce
     WITH u WHERE u.createdBy = $nonce
     RETURN ${USER_FIELDS}`,
    { ...user, displayName: user.displayName ?? user.username, now, nonce },
  );
  return rows[0] ? publicUser(toUser(rows[0])) : null;
}

/** The configured account as a User node (audited as the system's), unless the name exists. */
function ensureConfiguredUser(db: Db, account: Account): Promise<boolean> {
  return writeTx(db, async (tx) => {
    const created = await mergeUserTx(tx, account);
    if (created) {
      await recordAudit(tx, {
        user: "system",
        role: "system",
        sessionId: null,
        ip: null,
        action: "user.create",
        target: account.username,
        after: { ...created, source: "configuration" },
        outcome: "ok",
      });
    }
    return created !== null;
  });
}

/**
 * The migration path: the configured accounts (ATLAS_ADMIN_*, ATLAS_ANALYST_*) become User nodes
 * on start and, should they be missing then, at their first sign-in. Only a missing node is
 * created: once it exists, Neo4j holds its password, role and state.
 */
export async function ensureConfiguredUsers(db: Db, env?: Env): Promise<void> {
  for (const account of await getAccounts(env)) await ensureConfiguredUser(db, account);
}

/**
 * A configured account's name is taken even before its node exists: it is created now, so that a
 * new account of that name (an admin's, an invitation's) is refused as a duplicate.
 */
export async function reserveConfiguredName(db: Db, username: string): Promise<void> {
  const account = (await getAccounts()).find((a) => a.username === username);
  if (account) await ensureConfiguredUser(db, account);
}

// Verifying against a dummy hash for unknown names keeps their timing like a wrong password's.
let dummyHash: Promise<string> | undefined;

/** The enabled user with this password, or null (wrong name, wrong password or disabled alike). */
export async function authenticate(
  db: Db,
  username: string,
  password: string,
): Promise<User | null> {
  return signInGate(() => checkCredentials(db, username, password));
}

async function checkCredentials(db: Db, username: string, password: string): Promise<User | null> {
  let user = await findUser(db, username);
  if (!user) {
    const configured = (await getAccounts()).find((a) => a.username === username);
    if (configured) {
      await ensureConfiguredUser(db, configured);
      user = await findUser(db, username);
    }
  }
  dummyHash ??= hashPassword(randomBytes(18).toString("base64url"));
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  return ok && user && !user.disabled ? user : null;
}

/** Changes what an admin may change, inside `tx`; false when there is no such user. */
export async function updateUserTx(
  tx: ManagedTransaction,
  username: string,
  changes: { role?: Role; disabled?: boolean; displayName?: string },
): Promise<boolean> {
  const rows = await txRows(
    tx,
    `MATCH (u:User {username: $username})
     SET u.role = coalesce($role, u.role), u.disabled = coalesce($disabled, u.disabled),
       u.displayName = coalesce($displayName, u.displayName)
     RETURN u.username AS username`,
    {
      username,
      role: changes.role ?? null,
      disabled: changes.disabled ?? null,
      displayName: changes.displayName ?? null,
    },
  );
  return rows.length > 0;
}

/** A reset by an admin: every session that began before it is refused from now on. */
export async function setPasswordTx(
  tx: ManagedTransaction,
  username: string,
  passwordHash: string,
  now = Date.now(),
): Promise<void> {
  await txRows(
    tx,
    `MATCH (u:User {username: $username})
     SET u.passwordHash = $passwordHash, u.passwordChangedAt = $now`,
    { username, passwordHash, now },
  );
}
