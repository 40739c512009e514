import path from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkerInput, WorkerMessage } from "@/lib/analysis/analysis-worker";

type Done = Extract<WorkerMessage, { type: "done" }>;

// Resolved at run time from the checkout, a path the bundler does not follow (it bundles only
// `new URL(…, import.meta.url)` workers): the worker loads the sources itself, through tsx.
function workerEntry(): string {
  return path.join(process.cwd(), "lib", "analysis", "analysis-worker.mjs");
}

/**
 * Runs one analysis in a worker thread, so the CPU-bound part never holds up the event loop that
 * answers other requests. A large graph's typed arrays are moved to the worker, not copied.
 */
export function runInWorker(
  input: WorkerInput,
  onProgress: (phase: string, fraction: number) => void,
): Promise<Done> {
  const transferList =
    input.tier === "scale"
      ? [input.graph.source, input.graph.target, input.graph.weight, input.graph.influence].map(
          (a) => a.buffer as ArrayBuffer,
        )
      : [];
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(), { workerData: input, transferList });
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
