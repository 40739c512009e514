import { spawn } from "node:child_process";

/**
 * Runs one of the stand-alone benches (`scripts/bench-*.ts`) as a child of `npm run bench`, its
 * output shown as it comes and returned, so the one run reports it and keeps it in its JSON.
 */
export function runBenchScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", script, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}
