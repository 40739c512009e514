import os from "node:os";

/** The load average as benchmarks print it beside their figures: "1.02 0.87 0.75". */
export const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A signed-in client of a running app server: JSON in and out, the time each call took. */
export interface BenchClient {
  post<T>(url: string, body: unknown): Promise<{ ms: number; json: T }>;
  get<T>(url: string): Promise<{ ms: number; json: T; status: number }>;
  /** The session cookie, for a browser context to sign in with. */
  cookie: { name: string; value: string };
}

export async function signInOverHttp(
  base: string,
  account: { username: string; password: string },
): Promise<BenchClient> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(account),
  });
  if (!login.ok) throw new Error(`sign-in as ${account.username}: ${login.status}`);
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const [name, ...value] = cookie.split("=");
  return {
    cookie: { name: name!, value: value.join("=") },
    async post<T>(url: string, body: unknown) {
      const started = performance.now();
      const response = await fetch(`${base}${url}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: base,
          cookie,
          "x-csrf-token": csrfToken,
        },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as T;
      if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json)}`);
      return { ms: performance.now() - started, json };
    },
    async get<T>(url: string) {
      const started = performance.now();
      const response = await fetch(`${base}${url}`, { headers: { cookie } });
      const json = (await response.json()) as T;
      return { ms: performance.now() - started, json, status: response.status };
    },
  };
}
