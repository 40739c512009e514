// The worker thread's entry (lib/analysis/run-in-worker.ts): TypeScript through tsx, so the
// analyses run from the same source files as everywhere else. CommonJS, as the app's .ts files
// are compiled when tsx loads them outside Next.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
require("tsx/cjs/api").register();
require("./analysis-worker.ts");
