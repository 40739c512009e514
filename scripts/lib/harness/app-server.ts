import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { portAnswers } from "@/neo4j/local-neo4j";

export interface AppServerOptions {
  port: number;
  /** Over this process's environment. */
  env?: Record<string, string>;
  /** `next dev` instead of serving the production build (which the caller builds). */
  dev?: boolean;
  /**
   * What counts as up: "healthy" (default) waits for /api/health to answer 200; "answering" for any
   * answer, since an app whose database is down answers 503.
   */
  ready?: "healthy" | "answering";
  stdio?: "ignore" | "inherit";
  timeoutMs?: number;
}

export interface AppServer {
  baseUrl: string;
  /** Resolves with the exit code when the server stops, however it stops. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const NEXT_BIN = createRequire(path.join(process.cwd(), "package.json")).resolve(
  "next/dist/bin/next",
);

// The production server: next's handler behind a gate for unsupported methods (TRACE → 405).
const SERVE_SCRIPT = path.join(process.cwd(), "scripts", "serve.mjs");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one way this project starts the app: scripts/serve.mjs (the production build) or `next dev`
 * on `port` and `HOST`, waited for until it is up. It runs in this process's group, not under npx,
 * so a signal reaches the server itself and Playwright's shutdown of the group reaches it too.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { port, ready = "healthy", timeoutMs = 120_000 } = options;
  // A server stopped just before (the previous spec's) may still hold the port.
  await until(async () => !(await portAnswers(port)), 30_000, `port ${port} to be free`);
  // HOST (default 127.0.0.1) is where the app listens; the harness always talks to loopback.
  const host = options.env?.HOST ?? process.env.HOST ?? "127.0.0.1";
  const server = spawn(
    process.execPath,
    options.dev ? [NEXT_BIN, "dev", "-p", String(port), "-H", host] : [SERVE_SCRIPT],
    {
      env: {
        ...process.env,
        ...options.env,
        PORT: String(port),
        HOST: host,
      },
      stdio: ["ignore", options.stdio ?? "ignore", "inherit"],
    },
  );
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    await exited;
  };
  try {
    await until(
      async () => {
        if (server.exitCode !== null || server.signalCode !== null) {
          throw new Error(`the app exited (${server.exitCode ?? server.signalCode})`);
        }
        return fetch(`${baseUrl}/api/health`).then(
          (response) => ready === "answering" || response.ok,
          () => false,
        );
      },
      timeoutMs,
      `the app on port ${port} to be ${ready}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, exited, stop };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}
