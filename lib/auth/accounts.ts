import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ConfigError, parseEnv, type Env } from "@/lib/config/env";
import { generatePassword, hashPassword } from "@/lib/auth/password";

/** curator: adds and curates documents (next issues); analyst: the console, read; admin: everything. */
export const ROLES = ["curator", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  username: string;
  role: Role;
  passwordHash: string;
}

const credentialsFileSchema = z.object({
  accounts: z.array(
    z.object({ username: z.string(), role: z.enum(ROLES), passwordHash: z.string() }),
  ),
});

interface AccountsCache {
  key: string;
  accounts: Promise<Account[]>;
}

// One set of accounts per process (and per configuration), shared by every route bundle.
const cache = globalThis as typeof globalThis & { __atlasAccounts?: AccountsCache };

function credentialsPath(env: Env): string {
  // A runtime file, not part of the build: keep Turbopack from tracing the whole project.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.ATLAS_CREDENTIALS_FILE);
}

function readCredentialsFile(file: string): Account[] {
  if (!existsSync(file)) return [];
  const parsed = credentialsFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new ConfigError(`${file} is not a valid credentials file`);
  return parsed.data.accounts;
}

/**
 * The configured accounts (the migration path to accounts in Neo4j: lib/auth/users.ts creates
 * them as User nodes), from ATLAS_ADMIN_PASSWORD / ATLAS_ANALYST_PASSWORD; a role without a configured password
 * gets one generated on first start, printed once, and only its scrypt hash kept (git-ignored file).
 */
async function buildAccounts(env: Env, log: (line: string) => void): Promise<Account[]> {
  if (env.ATLAS_ADMIN_USER === env.ATLAS_ANALYST_USER) {
    throw new ConfigError("ATLAS_ADMIN_USER and ATLAS_ANALYST_USER must differ");
  }
  const wanted: { username: string; role: Role; password?: string }[] = [
    { username: env.ATLAS_ANALYST_USER, role: "analyst", password: env.ATLAS_ANALYST_PASSWORD },
    { username: env.ATLAS_ADMIN_USER, role: "admin", password: env.ATLAS_ADMIN_PASSWORD },
  ];
  const file = credentialsPath(env);
  const stored = readCredentialsFile(file);
  const accounts: Account[] = [];
  const generated: string[] = [];
  let storedChanged = false;
  for (const { username, role, password } of wanted) {
    if (password) {
      accounts.push({ username, role, passwordHash: await hashPassword(password) });
      continue;
    }
    let account = stored.find((a) => a.username === username && a.role === role);
    if (!account) {
      const fresh = generatePassword();
      account = { username, role, passwordHash: await hashPassword(fresh) };
      stored.push(account);
      storedChanged = true;
      generated.push(`  ${role.padEnd(8)} user "${username}"  password: ${fresh}`);
    }
    accounts.push(account);
  }
  if (storedChanged) {
    writeFileSync(file, `${JSON.stringify({ accounts: stored }, null, 2)}\n`, { mode: 0o600 });
    log(
      [
        `Admin console: generated credentials (shown once; only scrypt hashes are kept in ${file}):`,
        ...generated,
        "Set ATLAS_ADMIN_PASSWORD / ATLAS_ANALYST_PASSWORD to choose them yourself.",
      ].join("\n"),
    );
  }
  return accounts;
}

export function getAccounts(
  env: Env = parseEnv(),
  log: (line: string) => void = console.log,
): Promise<Account[]> {
  const key = JSON.stringify([
    env.ATLAS_ADMIN_USER,
    env.ATLAS_ADMIN_PASSWORD,
    env.ATLAS_ANALYST_USER,
    env.ATLAS_ANALYST_PASSWORD,
    credentialsPath(env),
  ]);
  if (cache.__atlasAccounts?.key !== key) {
    const accounts = buildAccounts(env, log);
    // A failed start (bad file) must not stick: the next call tries again.
    accounts.catch(() => {
      if (cache.__atlasAccounts?.accounts === accounts) delete cache.__atlasAccounts;
    });
    cache.__atlasAccounts = { key, accounts };
  }
  return cache.__atlasAccounts.accounts;
}
