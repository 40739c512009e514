import { startAppServer, type AppServer } from "@/scripts/lib/harness/app-server";
import { ensureThrowawayBuild } from "@/scripts/lib/harness/throwaway-app";
import { freePort } from "@/scripts/lib/harness/throwaway-neo4j";
// The configured accounts of every suite on jest's shared Neo4j: the first start creates them.
import { ADMIN as E2E_ADMIN, ANALYST } from "@/tests/support/admin-client";

/**
 * Issue 14's proof: two production instances on one Neo4j (jest's throwaway one) share accounts
 * and sessions. Every revocation must reach the other instance within a second.
 */
jest.setTimeout(600_000);

const ANALYST_PASSWORD = ANALYST.password;
let a: AppServer;
let b: AppServer;
let ports: [number, number];

function start(port: number): Promise<AppServer> {
  return startAppServer({
    port,
    env: {
      ATLAS_ADMIN_PASSWORD: E2E_ADMIN.password,
      ATLAS_ANALYST_PASSWORD: ANALYST_PASSWORD,
      // The default reuse (500 ms), as deployed: a lookup cached just before the logout may be
      // reused for that long, which leaves the rest of the second for the request itself.
      ATLAS_SESSION_CACHE_MS: "500",
    },
    timeoutMs: 300_000,
  });
}

interface Signed {
  cookie: string;
  csrfToken: string;
}

function post(base: string, url: string, body: unknown, auth?: Signed): Promise<Response> {
  return fetch(`${base}${url}`, {
    method: url.startsWith("/api/users/") && !url.endsWith("/sessions") ? "PATCH" : "POST",
    headers: {
      "content-type": "application/json",
      origin: base,
      ...(auth && { cookie: auth.cookie, "x-csrf-token": auth.csrfToken }),
    },
    body: JSON.stringify(body),
  });
}

async function signIn(base: string, username: string, password: string): Promise<Signed> {
  const response = await post(base, "/api/auth/login", { username, password });
  expect(response.status).toBe(200);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  return { cookie, csrfToken: ((await response.json()) as Signed).csrfToken };
}

function sessionStatus(base: string, auth: Signed): Promise<number> {
  return fetch(`${base}/api/auth/session`, { headers: { cookie: auth.cookie } }).then(
    (r) => r.status,
  );
}

/** Milliseconds until `base` refuses the cookie; fails past 1 s. */
async function refusedWithin(base: string, auth: Signed, since: number): Promise<number> {
  for (;;) {
    if ((await sessionStatus(base, auth)) === 401) return Date.now() - since;
    if (Date.now() - since > 1_000) throw new Error(`${base} still accepts the session after 1 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let userCount = 0;
async function newUser(admin: Signed): Promise<{ username: string; password: string }> {
  const user = {
    username: `two-${Date.now() % 100000}-${userCount++}`,
    password: "a-password-of-length",
  };
  const response = await fetch(`${a.baseUrl}/api/users`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: a.baseUrl,
      cookie: admin.cookie,
      "x-csrf-token": admin.csrfToken,
    },
    body: JSON.stringify({ ...user, role: "analyst" }),
  });
  expect(response.status).toBe(201);
  return user;
}

beforeAll(async () => {
  ensureThrowawayBuild();
  ports = [await freePort(), await freePort()];
  // Both start at once: the configured accounts are MERGEd by both, created once.
  [a, b] = (await Promise.all(ports.map(start))) as [AppServer, AppServer];
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe("sessions shared by two instances", () => {
  it("signs in on A and uses the cookie on B; logout on A is a 401 on B within 1 s", async () => {
    const session = await signIn(a.baseUrl, "analyst", ANALYST_PASSWORD);
    expect(await sessionStatus(b.baseUrl, session)).toBe(200);
    const logout = await post(a.baseUrl, "/api/auth/logout", {}, session);
    expect(logout.status).toBe(200);
    const elapsed = await refusedWithin(b.baseUrl, session, Date.now());
    expect(elapsed).toBeLessThanOrEqual(1_000);
    expect(await sessionStatus(a.baseUrl, session)).toBe(401);
  });

  it("a password change on B ends the user's session on A", async () => {
    const admin = await signIn(a.baseUrl, "admin", E2E_ADMIN.password);
    const user = await newUser(admin);
    const onA = await signIn(a.baseUrl, user.username, user.password);
    const onB = await signIn(b.baseUrl, user.username, user.password);
    expect(await sessionStatus(a.baseUrl, onA)).toBe(200);
    const change = await post(
      b.baseUrl,
      "/api/auth/password",
      { currentPassword: user.password, newPassword: "another-password-long" },
      onB,
    );
    expect(change.status).toBe(200);
    await refusedWithin(a.baseUrl, onA, Date.now());
    expect(await sessionStatus(b.baseUrl, onB)).toBe(401);
    const fresh = { cookie: change.headers.get("set-cookie")!.split(";")[0]!, csrfToken: "" };
    expect(await sessionStatus(a.baseUrl, fresh)).toBe(200);
    expect((await post(a.baseUrl, "/api/auth/login", user)).status).toBe(401);
  });

  it("disabling a user is refused by every instance within 1 s", async () => {
    const admin = await signIn(b.baseUrl, "admin", E2E_ADMIN.password);
    const user = await newUser(admin);
    const onA = await signIn(a.baseUrl, user.username, user.password);
    const onB = await signIn(b.baseUrl, user.username, user.password);
    expect(await sessionStatus(a.baseUrl, onA)).toBe(200);
    expect(await sessionStatus(b.baseUrl, onA)).toBe(200);
    const since = Date.now();
    const disable = await post(b.baseUrl, `/api/users/${user.username}`, { disabled: true }, admin);
    expect(disable.status).toBe(200);
    for (const base of [a.baseUrl, b.baseUrl]) {
      for (const s of [onA, onB]) await refusedWithin(base, s, since);
    }
    expect((await post(a.baseUrl, "/api/auth/login", user)).status).toBe(401);
  });

  it("after a restart of both, a logged-out cookie stays dead and a live one lives", async () => {
    const dead = await signIn(a.baseUrl, "analyst", ANALYST_PASSWORD);
    const live = await signIn(b.baseUrl, "analyst", ANALYST_PASSWORD);
    expect((await post(b.baseUrl, "/api/auth/logout", {}, dead)).status).toBe(200);
    await Promise.all([a.stop(), b.stop()]);
    [a, b] = (await Promise.all(ports.map(start))) as [AppServer, AppServer];
    for (const base of [a.baseUrl, b.baseUrl]) {
      expect(await sessionStatus(base, dead)).toBe(401);
      expect(await sessionStatus(base, live)).toBe(200);
    }
  });
});
