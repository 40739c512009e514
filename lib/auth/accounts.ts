import { ConfigError, parseEnv, type Env } from "@/lib/config/env";
import { hashPassword } from "@/lib/auth/password";

/** curator: adds and curates documents (next issues); analyst: the console, read; admin: everything. */
export const ROLES = ["curator", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  username: string;
  role: Role;
  passwordHash: string;
}

interface AccountsCache {
  key: string;
  accounts: Promise<Account[]>;
}

// One set of accounts per process (and per configuration), shared by every route bundle.
const cache = globalThis as typeof globalThis & { __atlasAccounts?: AccountsCache };

/**
 * The configured accounts, the migration path to accounts in Neo4j (lib/auth/users.ts creates them
 * as User nodes): the admin when ATLAS_ADMIN_PASSWORD is set, the analyst when
 * ATLAS_ANALYST_PASSWORD is. Nothing is generated: without an admin password the first start
 * issues a setup link instead (lib/auth/setup-invitation.ts).
 */
async function buildAccounts(env: Env): Promise<Account[]> {
  if (env.ATLAS_ADMIN_USER === env.ATLAS_ANALYST_USER) {
    throw new ConfigError("ATLAS_ADMIN_USER and ATLAS_ANALYST_USER must differ");
  }
  const wanted: { username: string; role: Role; password?: string }[] = [
    { username: env.ATLAS_ANALYST_USER, role: "analyst", password: env.ATLAS_ANALYST_PASSWORD },
    { username: env.ATLAS_ADMIN_USER, role: "admin", password: env.ATLAS_ADMIN_PASSWORD },
  ];
  const accounts: Account[] = [];
  for (const { username, role, password } of wanted) {
    if (password) accounts.push({ username, role, passwordHash: await hashPassword(password) });
  }
  return accounts;
}

export function getAccounts(env: Env = parseEnv()): Promise<Account[]> {
  const key = JSON.stringify([
    env.ATLAS_ADMIN_USER,
    env.ATLAS_ADMIN_PASSWORD,
    env.ATLAS_ANALYST_USER,
    env.ATLAS_ANALYST_PASSWORD,
  ]);
  if (cache.__atlasAccounts?.key !== key) {
    const accounts = buildAccounts(env);
    // A failed start (a bad configuration) must not stick: the next call tries again.
    accounts.catch(() => {
      if (cache.__atlasAccounts?.accounts === accounts) delete cache.__atlasAccounts;
    });
    cache.__atlasAccounts = { key, accounts };
  }
  return cache.__atlasAccounts.accounts;
}
