import { POST as passwordPost } from "@/app/api/auth/password/route";
import { GET as sessionGet } from "@/app/api/auth/session/route";
import { GET as usersGet, POST as usersPost } from "@/app/api/users/route";
import { PATCH as userPatch } from "@/app/api/users/[username]/route";
import { DELETE as sessionsDelete } from "@/app/api/users/[username]/sessions/route";
import { getDb, getDriver } from "@/lib/db/driver";
import { readRows, writeRows } from "@/lib/db/session";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";

const PREFIX = "users-api-";
let admin: Credentials;
let count = 0;

beforeAll(async () => {
  configureAdminConsole();
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await writeRows(getDb(), "MATCH (n:User|Session) WHERE n.username STARTS WITH $p DELETE n", {
    p: PREFIX,
  });
  await getDriver().close();
});

const params = (username: string) => ({ params: Promise.resolve({ username }) });
const get = (credentials: Credentials, url = "/api/auth/session") =>
  authed(url, credentials, undefined, "GET");

async function newUser(role = "analyst") {
  const user = { username: `${PREFIX}${count++}`, password: "a-long-enough-password" };
  const response = await usersPost(authed("/api/users", admin, { ...user, role }));
  expect(response.status).toBe(201);
  return user;
}

describe("the users API", () => {
  it("creates, lists and never shows a password hash", async () => {
    const user = await newUser("curator");
    const list = await usersGet(get(admin, "/api/users"));
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).not.toContain("scrypt");
    const { users } = JSON.parse(text) as { users: { username: string; role: string }[] };
    expect(users).toContainEqual(
      expect.objectContaining({ username: user.username, role: "curator" }),
    );
    const again = await usersPost(authed("/api/users", admin, { ...user, role: "analyst" }));
    expect(again.status).toBe(409);
  });

  it.each([
    ["a bad name", { username: "A B", role: "analyst", password: "a-long-enough-password" }],
    [
      "an unknown role",
      { username: `${PREFIX}x`, role: "root", password: "a-long-enough-password" },
    ],
    ["a short password", { username: `${PREFIX}x`, role: "analyst", password: "short" }],
    [
      "an unknown field",
      { username: `${PREFIX}x`, role: "analyst", password: "a-long-enough-password", admin: true },
    ],
  ])("refuses %s with 400", async (_name, body) => {
    const response = await usersPost(authed("/api/users", admin, body));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  });

  it("is for admins only, and needs the CSRF token", async () => {
    const analyst = await logIn(ANALYST);
    expect((await usersGet(get(analyst, "/api/users"))).status).toBe(403);
    const body = { username: `${PREFIX}y`, role: "admin", password: "a-long-enough-password" };
    expect((await usersPost(authed("/api/users", analyst, body))).status).toBe(403);
    expect((await usersPost(authed("/api/users", { ...admin, csrfToken: "x" }, body))).status).toBe(
      403,
    );
  });

  it("an admin cannot disable or demote themselves", async () => {
    for (const body of [{ disabled: true }, { role: "analyst" }]) {
      const response = await userPatch(
        authed("/api/users/admin", admin, body, "PATCH"),
        params("admin"),
      );
      expect(response.status).toBe(409);
    }
  });

  it("re-roles: the new role holds on the next request", async () => {
    const user = await newUser();
    const session = await logIn(user);
    const patch = await userPatch(
      authed(`/api/users/${user.username}`, admin, { role: "admin" }, "PATCH"),
      params(user.username),
    );
    expect(patch.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await (await sessionGet(get(session))).json()).toMatchObject({ role: "admin" });
  });

  it("a reset, a disable and 'sign out everywhere' end the user's sessions", async () => {
    for (const action of ["reset", "disable", "everywhere"] as const) {
      const user = await newUser();
      const session = await logIn(user);
      expect((await sessionGet(get(session))).status).toBe(200);
      const url = `/api/users/${user.username}`;
      const response =
        action === "everywhere"
          ? await sessionsDelete(
              authed(`${url}/sessions`, admin, undefined, "DELETE"),
              params(user.username),
            )
          : await userPatch(
              authed(
                url,
                admin,
                action === "reset" ? { password: "a-fresh-long-password" } : { disabled: true },
                "PATCH",
              ),
              params(user.username),
            );
      expect(response.status).toBe(200);
      expect((await sessionGet(get(session))).status).toBe(401);
      const left = await readRows(
        getDb(),
        "MATCH (s:Session {username: $u}) RETURN count(s) AS n",
        {
          u: user.username,
        },
      );
      expect(left[0]!.n).toBe(0);
    }
  });

  it("a user changes their own password: other sessions end, the answer is a fresh one", async () => {
    const user = await newUser();
    const first = await logIn(user);
    const second = await logIn(user);
    const wrong = await passwordPost(
      authed("/api/auth/password", first, {
        currentPassword: "nope",
        newPassword: "a-new-long-password",
      }),
    );
    expect(wrong.status).toBe(401);
    const short = await passwordPost(
      authed("/api/auth/password", first, { currentPassword: user.password, newPassword: "short" }),
    );
    expect(short.status).toBe(400);
    const change = await passwordPost(
      authed("/api/auth/password", first, {
        currentPassword: user.password,
        newPassword: "a-new-long-password",
      }),
    );
    expect(change.status).toBe(200);
    const fresh = {
      cookie: change.headers.get("set-cookie")!.split(";")[0]!,
      csrfToken: ((await change.json()) as { csrfToken: string }).csrfToken,
    };
    expect((await sessionGet(get(first))).status).toBe(401);
    expect((await sessionGet(get(second))).status).toBe(401);
    expect((await sessionGet(get(fresh))).status).toBe(200);
    await expect(logIn(user)).rejects.toThrow("401");
    await logIn({ username: user.username, password: "a-new-long-password" });
  });
});
