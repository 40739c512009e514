import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";

/** Controls the project's own Neo4j: the embedded DBMS started by neo4j/src/main/java/atlas/Launcher.java. */

const RUNTIME_DIR = path.resolve(__dirname);
const CLASSES_DIR = path.join(RUNTIME_DIR, "target", "classes");
const CLASSPATH_FILE = path.join(RUNTIME_DIR, "target", "classpath.txt");
const LAUNCHER_SOURCE = path.join(RUNTIME_DIR, "src", "main", "java", "atlas", "Launcher.java");
const POM = path.join(RUNTIME_DIR, "pom.xml");
// Maven leaves classpath.txt untouched when its content is unchanged, so a stamp marks a build.
const BUILD_STAMP = path.join(RUNTIME_DIR, "target", "launcher.stamp");

/** The developer's local database lives here (git-ignored). */
export const DEFAULT_HOME = path.join(RUNTIME_DIR, "run");

export interface LocalNeo4jOptions {
  home: string;
  port: number;
  user: string;
  password: string;
  heapInitial: string;
  heapMax: string;
  pageCacheMiB: number;
  /** Stop the database when this process dies (throwaway test instances). */
  tieToPid?: number;
  readyTimeoutMs?: number;
}

export interface LocalNeo4jState {
  pid: number;
  port: number;
  startedAt: string;
}

export class LocalNeo4jError extends Error {}

// What Java itself needs from this process's environment; the app's settings (the session secret,
// the console's passwords) never reach the database process.
const JAVA_ENV = [
  "PATH",
  "HOME",
  "JAVA_HOME",
  "JAVA_TOOL_OPTIONS",
  "LANG",
  "LC_ALL",
  "TMPDIR",
  "TZ",
];

/** The parent's variables the Neo4j child inherits: JAVA_ENV only. */
export function javaEnvironment(
  env: Record<string, string | undefined> = process.env,
): Record<string, string> {
  return Object.fromEntries(
    JAVA_ENV.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]!]])),
  );
}

export function stateFile(home: string): string {
  return path.join(home, "neo4j.json");
}

export function launcherLog(home: string): string {
  return path.join(home, "logs", "launcher.log");
}

function java(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
}

function requireTool(command: string, args: string[], missing: string): string {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new LocalNeo4jError(missing);
  return `${probe.stdout}${probe.stderr}`;
}

function checkJava(): void {
  const version = requireTool(
    java(),
    ["-version"],
    "Java 17 or newer is needed to run the local Neo4j: install a JDK (Debian: apt-get install -y openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j.",
  );
  const major = Number(/version "(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(
      `Java ${major} found, but Neo4j 5.26 needs Java 17 or newer: install a newer JDK or set JAVA_HOME to one.`,
    );
  }
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function launcherIsBuilt(): boolean {
  const built = existsSync(path.join(CLASSES_DIR, "atlas", "Launcher.class"))
    ? mtime(BUILD_STAMP)
    : 0;
  if (built === 0 || built < Math.max(mtime(POM), mtime(LAUNCHER_SOURCE))) return false;
  // A cleaned ~/.m2 leaves a classpath that points at nothing.
  return readFileSync(CLASSPATH_FILE, "utf8")
    .trim()
    .split(path.delimiter)
    .every((jar) => existsSync(jar));
}

/** Fetches Neo4j through Maven (cached in ~/.m2) and compiles the launcher, when needed. */
export function buildLauncher(log: (line: string) => void = console.log): string {
  checkJava();
  if (!launcherIsBuilt()) {
    requireTool(
      "mvn",
      ["-v"],
      "Maven is needed to fetch Neo4j for the local database: install it (Debian: apt-get install -y maven), or set NEO4J_URI to an existing Neo4j.",
    );
    log("Fetching Neo4j Community through Maven and compiling the launcher (first run only)…");
    const build = spawnSync(
      "mvn",
      [
        "-B",
        "-q",
        "-f",
        POM,
        "compile",
        "dependency:build-classpath",
        `-Dmdep.outputFile=${CLASSPATH_FILE}`,
      ],
      { stdio: "inherit" },
    );
    if (build.status !== 0) {
      throw new LocalNeo4jError(
        `Maven could not fetch or build the Neo4j launcher (exit ${build.status}).`,
      );
    }
    writeFileSync(BUILD_STAMP, new Date().toISOString());
  }
  return [CLASSES_DIR, readFileSync(CLASSPATH_FILE, "utf8").trim()].join(path.delimiter);
}

function isLauncherProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("atlas.Launcher");
  } catch {
    // No /proc (macOS): fall back to "is some process with this pid alive".
    try {
      process.kill(pid, 0);
      return !existsSync("/proc/self");
    } catch {
      return false;
    }
  }
}

export function localNeo4jStatus(home: string): LocalNeo4jState | null {
  const file = stateFile(home);
  if (!existsSync(file)) return null;
  const state = JSON.parse(readFileSync(file, "utf8")) as LocalNeo4jState;
  return isLauncherProcess(state.pid) ? state : null;
}

export function portAnswers(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StartResult extends LocalNeo4jState {
  uri: string;
  logFile: string;
  alreadyRunning: boolean;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<StartResult> {
  const logFile = launcherLog(options.home);
  const running = localNeo4jStatus(options.home);
  if (running) {
    return { ...running, uri: `bolt://127.0.0.1:${running.port}`, logFile, alreadyRunning: true };
  }
  if (await portAnswers(options.port)) {
    throw new LocalNeo4jError(
      `Port ${options.port} is already taken by another program: stop it, or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  const classpath = buildLauncher();
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = openSync(logFile, "w");
  const child = spawn(
    java(),
    [`-Xms${options.heapInitial}`, `-Xmx${options.heapMax}`, "-cp", classpath, "atlas.Launcher"],
    {
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        NODE_ENV: process.env.NODE_ENV,
        ...javaEnvironment(),
        ATLAS_NEO4J_HOME: options.home,
        ATLAS_NEO4J_BOLT_PORT: String(options.port),
        ATLAS_NEO4J_PAGECACHE: String(options.pageCacheMiB),
        ATLAS_NEO4J_PARENT_PID: options.tieToPid ? String(options.tieToPid) : "",
        NEO4J_USER: options.user,
        NEO4J_PASSWORD: options.password,
      },
    },
  );
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError("Could not start Java for the local Neo4j.");
  const state: LocalNeo4jState = { pid, port: options.port, startedAt: new Date().toISOString() };
  writeFileSync(stateFile(options.home), JSON.stringify(state, null, 2));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    const log = readFileSync(logFile, "utf8");
    if (log.includes("READY bolt://") && (await portAnswers(options.port))) {
      return { ...state, uri: `bolt://127.0.0.1:${options.port}`, logFile, alreadyRunning: false };
    }
    if (!isLauncherProcess(pid)) {
      rmSync(stateFile(options.home), { force: true });
      const tail = log.trim().split("\n").slice(-5).join("\n");
      throw new LocalNeo4jError(`Neo4j exited during start-up; see ${logFile}:\n${tail}`);
    }
    await sleep(250);
  }
  await stopLocalNeo4j(options.home);
  throw new LocalNeo4jError(`Neo4j did not answer on port ${options.port} in time; see ${logFile}`);
}

/** Stops the database cleanly (SIGTERM runs Neo4j's shutdown), forcing it after `graceMs`. */
export async function stopLocalNeo4j(home: string, graceMs = 30_000): Promise<boolean> {
  const state = localNeo4jStatus(home);
  rmSync(stateFile(home), { force: true });
  if (!state) return false;
  process.kill(state.pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && isLauncherProcess(state.pid)) await sleep(200);
  if (isLauncherProcess(state.pid)) process.kill(state.pid, "SIGKILL");
  return true;
}
