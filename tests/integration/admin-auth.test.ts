import { POST as loginPost } from "@/app/api/auth/login/route";
import { POST as logoutPost } from "@/app/api/auth/logout/route";
import { GET as sessionGet } from "@/app/api/auth/session/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { hashSessionId, newSessionId } from "@/lib/auth/session-token";
import { getDb, getDriver } from "@/lib/db/driver";
import { writeRows } from "@/lib/db/session";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
} from "@/tests/support/admin-client";

beforeAll(() => {
  configureAdminConsole();
});

afterAll(async () => {
  await getDriver().close();
});

describe("admin console sign-in", () => {
  it("signs in with a configured password and sets a hardened session cookie", async () => {
    const response = await loginPost(jsonRequest("/api/auth/login", ANALYST));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ username: "analyst", role: "analyst" });
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(
      /^atlas_session=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
  });

  it("marks the cookie Secure behind HTTPS", async () => {
    const response = await loginPost(
      jsonRequest("/api/auth/login", ADMIN, { "x-forwarded-proto": "https" }),
    );
    expect(response.headers.get("set-cookie")).toMatch(
      /^__Host-atlas_session=[\w-]{43}; .*; Secure$/,
    );
  });

  it.each([
    ["a wrong password", { username: "analyst", password: "wrong-password" }, 401],
    ["an unknown user", { username: "nobody", password: "whatever-password" }, 401],
    ["a missing password", { username: "analyst" }, 400],
    ["a body that is not JSON", "username=analyst", 400],
  ])("refuses %s", async (_name, body, status) => {
    const response = await loginPost(jsonRequest("/api/auth/login", body));
    expect(response.status).toBe(status);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a sign-in posted from another site", async () => {
    const response = await loginPost(
      jsonRequest("/api/auth/login", ANALYST, { origin: "https://evil.example" }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("csrf");
  });

  it("slows down repeated failures: after three, 429 with Retry-After", async () => {
    const attempt = (password: string) =>
      loginPost(jsonRequest("/api/auth/login", { username: "mallory", password }));
    for (let i = 0; i < 3; i++) expect((await attempt(`guess-${i}`)).status).toBe(401);
    const throttled = await attempt("guess-3");
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await throttled.json()).error.code).toBe("too_many_requests");
  });

  it("answers 401 without a session, and for a tampered or forged cookie", async () => {
    const { cookie } = await logIn(ANALYST);
    const [name, value] = cookie.split("=");
    const changed = `${value!.startsWith("A") ? "B" : "A"}${value!.slice(1)}`;
    // A session for a user that does not exist, as whoever could write the database might plant.
    const planted = newSessionId();
    await writeRows(
      getDb(),
      `CREATE (:Session {idHash: $idHash, username: "ghost-admin", createdAt: $now,
         lastSeenAt: $now, expiresAt: $now + 3600000, ip: "", userAgent: ""})`,
      { idHash: hashSessionId(planted), now: Date.now() },
    );
    for (const bad of [
      "",
      `${name}=garbage`,
      `${name}=${changed}`,
      `${name}=${newSessionId()}`,
      `${name}=${planted}`,
      `${name}=${value}.${value}`,
    ]) {
      const response = await sessionGet(
        new Request("http://atlas.test/api/auth/session", { headers: { cookie: bad } }),
      );
      expect(response.status).toBe(401);
    }
    await writeRows(getDb(), `MATCH (s:Session {username: "ghost-admin"}) DELETE s`);
  });

  it("refuses a state-changing request without the CSRF token or from another origin", async () => {
    const credentials = await logIn(ANALYST);
    const body = { query: "RETURN 1 AS one" };
    const noToken = await cypherPost(
      jsonRequest("/api/cypher", body, { cookie: credentials.cookie }),
    );
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).error.code).toBe("csrf");
    const wrongToken = await cypherPost(
      authed("/api/cypher", { ...credentials, csrfToken: "AAAA" }, body),
    );
    expect(wrongToken.status).toBe(403);
    const crossSite = await cypherPost(
      jsonRequest("/api/cypher", body, {
        cookie: credentials.cookie,
        "x-csrf-token": credentials.csrfToken,
        origin: "https://evil.example",
      }),
    );
    expect(crossSite.status).toBe(403);
    expect((await cypherPost(authed("/api/cypher", credentials, body))).status).toBe(200);
  });

  it("ends the session at logout: the same cookie is refused afterwards", async () => {
    const credentials = await logIn(ANALYST);
    const logout = await logoutPost(authed("/api/auth/logout", credentials));
    expect(logout.status).toBe(200);
    expect(logout.headers.get("set-cookie")).toMatch(/^atlas_session=; .*Max-Age=0/);
    const after = await cypherPost(authed("/api/cypher", credentials, { query: "RETURN 1" }));
    expect(after.status).toBe(401);
  });
});
