import path from "node:path";
import { Worker } from "node:worker_threads";
import type { JobInput } from "@/lib/analysis/analyse-job";
import type { WorkerMessage } from "@/lib/analysis/analysis-worker";

type Done = Extract<WorkerMessage, { type: "done" }>;

// The worker's own bundle, built beside the app (scripts/lib/build-bundles.mjs), resolved at run
// time from the app's directory; Turbopack is told not to follow it.
function workerEntry(): string {
  return path.join(process.cwd(), "build", "analysis-worker.mjs");
}

/**
 * Runs one analysis in a worker thread, so the CPU-bound part never holds up the event loop that
 * answers other requests. A large graph's typed arrays are moved to the worker, not copied.
 */
export function runInWorker(
  input: JobInput,
  onProgress: (phase: string, fraction: number) => void,
): Promise<Done> {
  const transferList =
    input.tier === "scale"
      ? [input.graph.source, input.graph.target, input.graph.weight, input.graph.influence].map(
          (a) => a.buffer as ArrayBuffer,
        )
      : [];
  return new Promise((resolve, reject) => {
    const worker = new Worker(/* turbopackIgnore: true */ workerEntry(), {
      workerData: input,
      transferList,
    });
    let settled = false;
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.phase, message.fraction);
      else {
        settled = true;
        void worker.terminate();
        if (message.type === "done") resolve(message);
        else reject(new Error(message.message));
      }
    });
    worker.on("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`The analysis worker stopped (exit code ${code})`));
    });
  });
}
