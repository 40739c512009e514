import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUILD_LOCK, BuildRefused, ensureProductionBuild } from "@/scripts/lib/build";
import { liveServers, markServing } from "@/scripts/lib/serving.mjs";

/**
 * A second `npm start` never rebuilds a `.next` that a running instance serves, and two builds
 * never run at once in one folder. Each case runs in an empty folder (no build, so "stale") with
 * a real, live process standing for the other instance; the refusal comes before any build.
 */
const home = process.cwd();
let folder: string;
let other: ChildProcess;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "atlas-build-guard-"));
  process.chdir(folder);
  other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
});

afterEach(() => {
  other.kill("SIGKILL");
  process.chdir(home);
  rmSync(folder, { recursive: true, force: true });
});

function plantMarker(pid: number) {
  mkdirSync(path.join(".next", "atlas-serving"), { recursive: true });
  writeFileSync(
    path.join(".next", "atlas-serving", `${pid}.json`),
    JSON.stringify({ pid, host: "127.0.0.1", port: 3000, startedAt: "2026-12-01T12:00:00.000Z" }),
  );
}

it("refuses to rebuild under a live server, naming it", () => {
  plantMarker(other.pid!);
  expect(() => ensureProductionBuild()).toThrow(BuildRefused);
  expect(() => ensureProductionBuild()).toThrow(
    `a running app serves it (pid ${other.pid} on http://127.0.0.1:3000 since 2026-12-01T12:00:00.000Z)`,
  );
  expect(existsSync(BUILD_LOCK)).toBe(false);
});

it("forgets the marker of a server that died without removing it", async () => {
  const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => dead.once("exit", resolve));
  plantMarker(dead.pid!);
  plantMarker(other.pid!);
  expect(liveServers().map((server) => server.pid)).toEqual([other.pid]);
  expect(existsSync(path.join(".next", "atlas-serving", `${dead.pid}.json`))).toBe(false);
});

it("marks this process while it serves, and unmarks it", () => {
  const unmark = markServing({ host: "127.0.0.1", port: 4000 });
  // liveServers leaves out the asking process itself: look at the file.
  expect(existsSync(path.join(".next", "atlas-serving", `${process.pid}.json`))).toBe(true);
  unmark();
  expect(existsSync(path.join(".next", "atlas-serving", `${process.pid}.json`))).toBe(false);
});

it("refuses a second build while another live process holds the lock", () => {
  writeFileSync(BUILD_LOCK, String(other.pid));
  expect(() => ensureProductionBuild()).toThrow(
    `Another process (pid ${other.pid}) is building the production app in this folder`,
  );
  expect(existsSync(BUILD_LOCK)).toBe(true);
});
