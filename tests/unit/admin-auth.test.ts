import { existsSync } from "node:fs";
import path from "node:path";
import { getAccounts } from "@/lib/auth/accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  csrfTokenForId,
  csrfTokenMatches,
  hashInvitationToken,
  hashSessionId,
  newSessionId,
  randomToken,
  type Session,
} from "@/lib/auth/session-token";
import { firstStartMessage, serverOrigin } from "@/lib/auth/setup-invitation";
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

describe("configured accounts", () => {
  it("are only those whose password is set: nothing is generated, nothing written to disk", async () => {
    const env = parseEnv({ ATLAS_ADMIN_PASSWORD: "configured-admin-pw" });
    const accounts = await getAccounts(env);
    expect(accounts.map((a) => [a.username, a.role])).toEqual([["admin", "admin"]]);
    expect(await verifyPassword("configured-admin-pw", accounts[0]!.passwordHash)).toBe(true);
    expect(await getAccounts(parseEnv({}))).toEqual([]);
    expect(existsSync(path.resolve(".admin-credentials.json"))).toBe(false);
    expect(parseEnv({ ATLAS_CREDENTIALS_FILE: "x" })).not.toHaveProperty("ATLAS_CREDENTIALS_FILE");
  });

  it("refuse one name for both roles", async () => {
    const env = parseEnv({ ATLAS_ADMIN_USER: "same", ATLAS_ANALYST_USER: "same" });
    await expect(getAccounts(env)).rejects.toThrow("must differ");
  });
});

describe("the first start's setup link", () => {
  it("points at the public origin, else at this instance's host and port", () => {
    expect(serverOrigin(parseEnv({ PORT: "4000" }))).toBe("http://localhost:4000");
    expect(serverOrigin(parseEnv({ HOST: "atlas.internal", PORT: "80" }))).toBe(
      "http://atlas.internal:80",
    );
    expect(serverOrigin(parseEnv({ ATLAS_PUBLIC_ORIGIN: "https://atlas.example.org/x" }))).toBe(
      "https://atlas.example.org",
    );
  });

  it("is printed only by the start that created it", () => {
    const link = `http://localhost:3000/invite/${"a".repeat(43)}`;
    expect(firstStartMessage({ kind: "created", link, expiresAt: 0 })).toContain(
      `Open ${link} to create the first admin account (valid 24 h)`,
    );
    const other = firstStartMessage({
      kind: "already-issued",
      invitation: { createdAt: 0, expiresAt: Date.now() + 1_000, usedAt: null },
    });
    expect(other).toContain("a setup link was already issued");
    expect(other).toContain("npm run users:setup-link");
    expect(other).not.toContain("/invite/");
    expect(firstStartMessage({ kind: "configured" })).toBeNull();
    expect(firstStartMessage({ kind: "admin-exists" })).toBeNull();
  });

  it("tokens are 256 random bits; only a hash of purpose and token is stored", () => {
    const tokens = Array.from({ length: 20 }, randomToken);
    expect(new Set(tokens).size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{43}$/);
    expect(hashInvitationToken(tokens[0]!)).not.toBe(hashSessionId(tokens[0]!));
    expect(hashInvitationToken(tokens[0]!)).not.toContain(tokens[0]!);
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
