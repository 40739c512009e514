import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The pid of the process listening on `port` (the next-server itself, not its npx parent). */
export function listenerPid(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process listens on port ${port}`);
  return Number(pid);
}

export function residentMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kib) / 1024;
}

export interface MemorySamples {
  beforeMiB: number;
  peakMiB: number;
  afterMiB: number;
  samples: number;
}

/** Samples a process's resident memory every `everyMs` until stopped; reports the peak. */
export function sampleMemory(pid: number, everyMs = 250): { stop(): MemorySamples } {
  const beforeMiB = residentMiB(pid);
  let peakMiB = beforeMiB;
  let samples = 1;
  const timer = setInterval(() => {
    peakMiB = Math.max(peakMiB, residentMiB(pid));
    samples++;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const afterMiB = residentMiB(pid);
      return { beforeMiB, peakMiB: Math.max(peakMiB, afterMiB), afterMiB, samples: samples + 1 };
    },
  };
}

// /proc/<pid>/stat counts CPU time in clock ticks, 100 per second on Linux.
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start at state, field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
