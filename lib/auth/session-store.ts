import { randomBytes } from "node:crypto";
import { parseEnv } from "@/lib/config/env";

interface SessionState {
  secret: string;
  /** Logged-out session ids, until their own expiry. */
  revoked: Map<string, number>;
}

const store = globalThis as typeof globalThis & { __atlasSessions?: SessionState };

function state(): SessionState {
  // Without ATLAS_SESSION_SECRET each process signs with its own random key: a restart signs
  // everybody out, which also makes every logout final.
  store.__atlasSessions ??= {
    secret: parseEnv().ATLAS_SESSION_SECRET ?? randomBytes(32).toString("base64url"),
    revoked: new Map(),
  };
  return store.__atlasSessions;
}

export function sessionSecret(): string {
  return state().secret;
}

export function revokeSession(id: string, expiresAt: number): void {
  const { revoked } = state();
  const now = Date.now();
  for (const [key, until] of revoked) if (until <= now) revoked.delete(key);
  revoked.set(id, expiresAt);
}

export function isRevoked(id: string): boolean {
  return state().revoked.has(id);
}
