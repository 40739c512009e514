import { randomBytes } from "node:crypto";
import { POST as loginPost } from "@/app/api/auth/login/route";
import { POST as cypherPost } from "@/app/api/cypher/route";
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

beforeAll(async () => {
  configureAdminConsole();
  analyst = await logIn(ANALYST);
});

afterAll(async () => {
  await getDriver().close();
});

const signIn = (username: string, password: string, address: string) =>
  loginPost(jsonRequest("/api/auth/login", { username, password }, { "x-forwarded-for": address }));

const randomAddress = () => [...randomBytes(4)].join(".");

async function consoleMs(): Promise<number> {
  const started = performance.now();
  const response = await cypherPost(authed("/api/cypher", analyst, { query: "RETURN 1 AS one" }));
  expect(response.status).toBe(200);
  return performance.now() - started;
}

async function medianConsoleMs(times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await consoleMs());
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe("a sign-in flood", () => {
  it("is answered 429 past the hash queue, leaves the console responsive, and the admin can sign in", async () => {
    await consoleMs();
    const quiet = await medianConsoleMs(10);

    // Seven wrong guesses for the admin from one address: that address waits, no other does.
    const guesser = randomAddress();
    for (let i = 0; i < 7; i++) await signIn(ADMIN.username, "wrong", guesser);
    expect((await signIn(ADMIN.username, ADMIN.password, guesser)).status).toBe(429);

    const flood = Array.from({ length: 500 }, (_, i) =>
      signIn(i % 5 === 0 ? ADMIN.username : `guess-${i}`, "wrong", randomAddress()).then(
        (response) => response.status,
      ),
    );
    const during = await medianConsoleMs(10);
    const statuses = await Promise.all(flood);
    const count = (status: number) => statuses.filter((s) => s === status).length;
    console.log(
      `console RETURN 1: quiet median ${quiet.toFixed(1)} ms, during the flood ${during.toFixed(1)} ms; ` +
        `flood answers: ${count(429)} × 429, ${count(401)} × 401`,
    );
    expect(count(429)).toBeGreaterThan(400);
    expect(count(429) + count(401)).toBe(500);

    // The owner, from their own address, is not locked out by any of it.
    const response = await signIn(ADMIN.username, ADMIN.password, "203.0.113.7");
    expect(response.status).toBe(200);
  }, 120_000);
});
