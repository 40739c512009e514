import { parentPort, workerData } from "node:worker_threads";
import { analyseJob, type JobInput, type JobOutput } from "@/lib/analysis/analyse-job";

export type WorkerMessage =
  | { type: "progress"; phase: string; fraction: number }
  | ({ type: "done" } & JobOutput)
  | { type: "error"; message: string };

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort!.postMessage(message, transfer);

let last = 0;
function progress(phase: string, fraction: number): void {
  const now = Date.now();
  if (fraction > 0 && fraction < 1 && now - last < 200) return;
  last = now;
  post({ type: "progress", phase, fraction });
}

try {
  const output = analyseJob(workerData as JobInput, progress);
  post({ type: "done", ...output }, output.gzip ? [output.gzip.buffer as ArrayBuffer] : []);
} catch (error) {
  post({ type: "error", message: error instanceof Error ? error.message : String(error) });
}
