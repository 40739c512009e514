import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getAccounts } from "@/lib/auth/accounts";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  csrfTokenForId,
  csrfTokenMatches,
  hashSessionId,
  newSessionId,
  type Session,
} from "@/lib/auth/session-token";
import { clearLoginFailures, loginWaitMs, recordLoginFailure } from "@/lib/auth/throttle";
import { parseEnv } from "@/lib/config/env";

describe("passwords", () => {
  it("hashes with scrypt and a salt, and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });
});

describe("generated accounts", () => {
  it("generates missing passwords once, prints them once, and keeps only hashes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "atlas-accounts-"));
    const file = path.join(dir, "credentials.json");
    const lines: string[] = [];
    const env = parseEnv({
      ATLAS_CREDENTIALS_FILE: file,
      ATLAS_ADMIN_PASSWORD: "configured-admin-pw",
    });
    const accounts = await getAccounts(env, (line) => lines.push(line));
    expect(accounts.map((a) => [a.username, a.role])).toEqual([
      ["analyst", "analyst"],
      ["admin", "admin"],
    ]);
    expect(lines).toHaveLength(1);
    const printed = /user "analyst"\s+password: (\S+)/.exec(lines[0]!)?.[1];
    expect(printed).toBeDefined();
    expect(lines[0]).not.toContain("configured-admin-pw");
    const stored = readFileSync(file, "utf8");
    expect(stored).not.toContain(printed!);
    expect(JSON.parse(stored).accounts).toEqual([
      { username: "analyst", role: "analyst", passwordHash: expect.stringMatching(/^scrypt\$/) },
    ]);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(await verifyPassword(printed!, accounts[0]!.passwordHash)).toBe(true);

    // A later start (fresh process: same file, cache for another configuration) prints nothing.
    const again: string[] = [];
    const reloaded = await getAccounts(parseEnv({ ATLAS_CREDENTIALS_FILE: file }), (l) =>
      again.push(l),
    );
    expect(again.filter((l) => l.includes('"analyst"'))).toEqual([]);
    expect(reloaded[0]!.passwordHash).toBe(accounts[0]!.passwordHash);
  });

  it("generates distinct random passwords", () => {
    expect(new Set(Array.from({ length: 20 }, generatePassword)).size).toBe(20);
  });
});

describe("session ids", () => {
  it("are 256 random bits; only their hash is stored, and the CSRF token differs from both", () => {
    const ids = Array.from({ length: 20 }, newSessionId);
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[\w-]{43}$/);
    const id = ids[0]!;
    expect(hashSessionId(id)).toBe(hashSessionId(id));
    expect(hashSessionId(id)).not.toBe(id);
    expect(csrfTokenForId(id)).not.toBe(hashSessionId(id));
    expect(csrfTokenForId(id)).not.toBe(csrfTokenForId(ids[1]!));
  });

  it("binds the CSRF token to the session", () => {
    const id = newSessionId();
    const session: Session = {
      id: hashSessionId(id),
      username: "analyst",
      role: "analyst",
      expiresAt: 2_000,
      csrfToken: csrfTokenForId(id),
    };
    expect(csrfTokenMatches(session, csrfTokenForId(id))).toBe(true);
    expect(csrfTokenMatches(session, csrfTokenForId(newSessionId()))).toBe(false);
    expect(csrfTokenMatches(session, "")).toBe(false);
  });
});

describe("login throttle", () => {
  it("lets three failures through, then doubles the wait, and forgets on success", () => {
    const keys = ["user:throttle-unit"];
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      waits.push(loginWaitMs(keys, 10_000));
      recordLoginFailure(keys, 10_000);
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000]);
    expect(loginWaitMs(keys, 10_000 + 8_000)).toBe(0);
    clearLoginFailures(keys);
    expect(loginWaitMs(keys, 10_000)).toBe(0);
  });
});
