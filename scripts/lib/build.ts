import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { liveServers } from "@/scripts/lib/serving.mjs";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "instrumentation.ts",
  "next.config.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, child) => Math.max(newest, newestMtime(path.join(entry, child))),
    stats.mtimeMs,
  );
}

export function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(input) > builtAt);
}

/** Held by the one `next build` running in this folder; outside .next, which a build clears. */
export const BUILD_LOCK = ".next-build.lock";

export class BuildRefused extends Error {}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the build lock (created exclusively, so of two `npm start`s at once one builds); a lock
 * left by a build that died is taken over. With `waitMs`, a live holder is waited for that long
 * (test suites in parallel workers all want the one build) instead of refused. Returns the release.
 */
function takeBuildLock(waitMs = 0): () => void {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(BUILD_LOCK, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(BUILD_LOCK, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number(readFileSync(BUILD_LOCK, "utf8"));
    if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
      if (Date.now() < deadline) {
        sleepSync(1_000);
        continue;
      }
      throw new BuildRefused(
        `Another process (pid ${holder}) is building the production app in this folder. Wait for it to finish, then start again.`,
      );
    }
    rmSync(BUILD_LOCK, { force: true });
  }
}

/**
 * Builds the production app when there is no build or a source file is newer than it — but never
 * underneath a running server: `next build` replaces the chunks that server's pages still load, so
 * with a live instance serving `.next` (scripts/serve.mjs marks itself there) it refuses, naming it.
 */
export function ensureProductionBuild(
  extraEnv: Record<string, string> = {},
  options: { waitForBuildMs?: number } = {},
): void {
  if (!buildIsStale()) {
    console.log("Production build is up to date.");
    return;
  }
  const serving = liveServers();
  if (serving.length > 0) {
    const who = serving
      .map((s) => `pid ${s.pid} on http://${s.host ?? "?"}:${s.port ?? "?"} since ${s.startedAt}`)
      .join("; ");
    throw new BuildRefused(
      `The production build in .next is out of date, but a running app serves it (${who}). ` +
        "Rebuilding now would break the pages it serves: stop it first, or run this instance from its own copy of the project.",
    );
  }
  const release = takeBuildLock(options.waitForBuildMs);
  try {
    // The build this one waited on may have just finished.
    if (!buildIsStale()) return;
    console.log("Building the production app (next build)…");
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      // A build started from jest would inherit NODE_ENV=test (React's development build).
      env: { ...process.env, ...extraEnv, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  } finally {
    release();
  }
}
