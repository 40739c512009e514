import { GET as historyGet } from "@/app/api/cypher/history/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { DELETE as savedDelete } from "@/app/api/cypher/saved/[id]/route";
import { GET as savedGet, POST as savedPost } from "@/app/api/cypher/saved/route";
import { GET as schemaGet } from "@/app/api/cypher/schema/route";
import { POST as usersPost } from "@/app/api/users/route";
import { getDb, getDriver } from "@/lib/db/driver";
import { writeRows } from "@/lib/db/session";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";

const CURATOR = { username: "curator-console-1", password: "a-long-enough-password" };
let curator: Credentials;
let analyst: Credentials;

beforeAll(async () => {
  configureAdminConsole();
  process.env.ATLAS_LOGIN_RATE_BURST = "100000";
  const admin = await logIn(ADMIN);
  const created = await usersPost(authed("/api/users", admin, { ...CURATOR, role: "curator" }));
  expect(created.status).toBe(201);
  curator = await logIn(CURATOR);
  analyst = await logIn(ANALYST);
});

afterAll(async () => {
  await writeRows(getDb(), "MATCH (n:User|Session {username: $u}) DELETE n", {
    u: CURATOR.username,
  });
  await getDriver().close();
});

const calls: [string, (c: Credentials) => Promise<Response>][] = [
  ["POST /api/cypher", (c) => cypherPost(authed("/api/cypher", c, { query: "RETURN 1" }))],
  ["GET /api/cypher/schema", (c) => schemaGet(authed("/api/cypher/schema", c, undefined, "GET"))],
  [
    "GET /api/cypher/history",
    (c) => historyGet(authed("/api/cypher/history", c, undefined, "GET")),
  ],
  ["GET /api/cypher/saved", (c) => savedGet(authed("/api/cypher/saved", c, undefined, "GET"))],
  [
    "POST /api/cypher/saved",
    (c) => savedPost(authed("/api/cypher/saved", c, { name: "x", query: "RETURN 1", params: {} })),
  ],
  [
    "DELETE /api/cypher/saved/{id}",
    (c) =>
      savedDelete(authed("/api/cypher/saved/none", c, undefined, "DELETE"), {
        params: Promise.resolve({ id: "none" }),
      }),
  ],
];

describe("the console needs the analyst role", () => {
  it.each(calls)("%s: a curator gets 403", async (_name, call) => {
    const response = await call(curator);
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toContain("analyst");
  });

  it("an analyst still reads", async () => {
    expect((await calls[1]![1](analyst)).status).toBe(200);
    expect((await calls[2]![1](analyst)).status).toBe(200);
  });
});
