import { POST as loginPost } from "@/app/api/auth/login/route";
import { POST as logoutPost } from "@/app/api/auth/logout/route";
import { GET as sessionGet } from "@/app/api/auth/session/route";
import { GET as auditGet } from "@/app/api/cypher/audit/route";
import { GET as historyGet } from "@/app/api/cypher/history/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { DELETE as savedDelete } from "@/app/api/cypher/saved/[id]/route";
import { GET as savedGet, POST as savedPost } from "@/app/api/cypher/saved/route";
import { GET as schemaGet } from "@/app/api/cypher/schema/route";
import { getDriver } from "@/lib/db/driver";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";

let analyst: Credentials;
let admin: Credentials;

beforeAll(async () => {
  configureAdminConsole();
  analyst = await logIn(ANALYST);
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await getDriver().close();
});

const get = (url: string, who: () => Credentials) => authed(url, who(), undefined, "GET");

async function savedId(): Promise<string> {
  const saved = await savedPost(
    authed("/api/cypher/saved", analyst, { name: "to delete", query: "RETURN 1" }),
  );
  return ((await saved.json()) as { id: string }).id;
}

// Every answer a signed-in user can get, including the 201 and the 204 that once had no header.
const CASES: { name: string; status: number; respond: () => Promise<Response> }[] = [
  {
    name: "POST /api/auth/login",
    status: 200,
    respond: () => loginPost(jsonRequest("/api/auth/login", ANALYST)),
  },
  {
    name: "GET /api/auth/session",
    status: 200,
    respond: async () => sessionGet(get("/api/auth/session", () => analyst)),
  },
  {
    name: "POST /api/cypher",
    status: 200,
    respond: () => cypherPost(authed("/api/cypher", analyst, { query: "RETURN 1" })),
  },
  {
    name: "POST /api/cypher (confirmation needed)",
    status: 409,
    respond: () =>
      cypherPost(
        authed("/api/cypher", admin, {
          query: "CREATE (n:CacheControlTest) RETURN n",
          mode: "write",
        }),
      ),
  },
  {
    name: "POST /api/cypher (400)",
    status: 400,
    respond: () => cypherPost(authed("/api/cypher", analyst, { query: "" })),
  },
  {
    name: "GET /api/cypher/history",
    status: 200,
    respond: () => historyGet(get("/api/cypher/history", () => analyst)),
  },
  {
    name: "GET /api/cypher/schema",
    status: 200,
    respond: () => schemaGet(get("/api/cypher/schema", () => analyst)),
  },
  {
    name: "GET /api/cypher/audit",
    status: 200,
    respond: () => auditGet(get("/api/cypher/audit", () => admin)),
  },
  {
    name: "GET /api/cypher/saved",
    status: 200,
    respond: () => savedGet(get("/api/cypher/saved", () => analyst)),
  },
  {
    name: "POST /api/cypher/saved",
    status: 201,
    respond: () =>
      savedPost(authed("/api/cypher/saved", analyst, { name: "Kept", query: "RETURN 1" })),
  },
  {
    name: "DELETE /api/cypher/saved/{id}",
    status: 204,
    respond: async () => {
      const id = await savedId();
      return savedDelete(authed(`/api/cypher/saved/${id}`, analyst, undefined, "DELETE"), {
        params: Promise.resolve({ id }),
      });
    },
  },
  {
    name: "POST /api/auth/logout",
    status: 200,
    respond: async () => logoutPost(authed("/api/auth/logout", await logIn(ANALYST), {})),
  },
];

describe("every authenticated answer says how to cache it", () => {
  it.each(CASES)("$name ($status) is no-store", async ({ respond, status }) => {
    const response = await respond();
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
