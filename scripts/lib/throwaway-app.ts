import { spawn, type ChildProcess } from "node:child_process";

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The production app on its own seeded, throwaway Neo4j — the same server the browser tests use
 * (tests/support/e2e-server.ts), so benchmarks measure what users get.
 */
export async function startThrowawayApp(port: number): Promise<RunningApp> {
  const server: ChildProcess = spawn("npx", ["tsx", "tests/support/e2e-server.ts"], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited (${server.exitCode})`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      return {
        baseUrl,
        stop: () =>
          new Promise<void>((resolve) => {
            server.once("exit", () => resolve());
            server.kill("SIGTERM");
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill("SIGTERM");
  throw new Error("the app did not become healthy in time");
}
