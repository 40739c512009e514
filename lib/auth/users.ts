import { randomUUID } from "node:crypto";
import { Conflict } from "@/lib/api/errors";
import { getAccounts, type Account, type Role } from "@/lib/auth/accounts";
import { generatePassword, hashPassword, signInGate, verifyPassword } from "@/lib/auth/password";
import { readRows, writeRows, type Db, type Row } from "@/lib/db/session";

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

export async function listUsers(db: Db): Promise<PublicUser[]> {
  const rows = await readRows(db, `MATCH (u:User) RETURN ${USER_FIELDS} ORDER BY u.username`);
  return rows.map((row) => publicUser(toUser(row)));
}

interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  passwordHash: string;
}

/**
 * MERGE on the constrained username: of any number of instances creating the same user at once,
 * exactly one creates it (its nonce is the one stored); the others match it and change nothing.
 * True when this call created the node.
 */
async function mergeUser(db: Db, user: NewUser, now = Date.now()): Promise<boolean> {
  const nonce = randomUUID();
  const rows = await writeRows(
    db,
    `MERGE (u:User {username: $username})
     ON CREATE SET u.displayName = $displayName, u.role = $role, u.passwordHash = $passwordHash,
       u.passwordChangedAt = $now, u.disabled = false, u.createdAt = $now, u.createdBy = $nonce
     RETURN u.createdBy = $nonce AS created`,
    { ...user, displayName: user.displayName ?? user.username, now, nonce },
  );
  return rows[0]?.created === true;
}

/** An admin's new account; 409 when the name is taken. */
export async function createUser(db: Db, user: NewUser): Promise<void> {
  if (!(await mergeUser(db, user))) {
    throw new Conflict("user_exists", `There is already a user "${user.username}".`);
  }
}

/** The configured account as a User node, unless one of that name exists already. */
function ensureConfiguredUser(db: Db, account: Account): Promise<boolean> {
  return mergeUser(db, {
    username: account.username,
    role: account.role,
    passwordHash: account.passwordHash,
  });
}

/**
 * The migration path: the configured accounts (ATLAS_ADMIN_*, ATLAS_ANALYST_*, the credentials
 * file) become User nodes on start and, should they be missing then, at their first sign-in.
 * Only a missing node is created: once it exists, Neo4j holds its password, role and state.
 */
export async function ensureConfiguredUsers(db: Db): Promise<void> {
  for (const account of await getAccounts()) await ensureConfiguredUser(db, account);
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
  dummyHash ??= hashPassword(generatePassword());
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  return ok && user && !user.disabled ? user : null;
}

/** Changes what an admin may change; false when there is no such user. */
export async function updateUser(
  db: Db,
  username: string,
  changes: { role?: Role; disabled?: boolean; displayName?: string },
): Promise<boolean> {
  const rows = await writeRows(
    db,
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
export async function setPassword(db: Db, username: string, passwordHash: string): Promise<void> {
  await writeRows(
    db,
    `MATCH (u:User {username: $username})
     SET u.passwordHash = $passwordHash, u.passwordChangedAt = $now`,
    { username, passwordHash, now: Date.now() },
  );
}
