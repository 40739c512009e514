import { parseArgs } from "node:util";
import { articleOfWords } from "@/scripts/lib/bench-articles";
import { loadAverage, median } from "@/scripts/lib/bench-client";
import { startSeededBenchApp } from "@/scripts/lib/bench-seeded-app";

const USAGE = `usage: npm run bench:curation [-- --words 10000 --runs 5]

Over HTTP, against the production build on a throwaway seeded Neo4j, as a curator: paste a text of
--words words (the seed article's body, repeated with each copy's numbers and names varied), preview
it (POST /api/documents/extract), store the draft (POST /api/documents) and freeze it (POST
/api/documents/{id}/freeze: hash, near-copy check, analysis, mentions stored). Prints each step's
median over --runs and the analysis's own stages, beside the floor of 2,000 ms for the whole.`;

const { values: args } = parseArgs({
  options: {
    words: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    help: { type: "boolean", default: false },
  },
});

const FLOOR_MS = 2_000;

/** The fields of the curation routes' answers this bench reads. */
interface BenchAnswer {
  text: string;
  document: { id: string };
  analysis: { counts: { mentions: number }; timings: Record<string, number> };
}

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const words = Number(args.words);
  const runs = Number(args.runs);
  const { client, stop } = await startSeededBenchApp();
  try {
    const post = (url: string, body: unknown) => client.post<BenchAnswer>(url, body);
    const steps: Record<string, number[]> = { preview: [], draft: [], freeze: [], total: [] };
    const stages: Record<string, number[]> = {};
    let mentions = 0;
    for (let run = 0; run < runs; run += 1) {
      const text = articleOfWords(words, run);
      const preview = await post("/api/documents/extract", { text });
      const draft = await post("/api/documents", {
        text: preview.json.text,
        metadata: { title: `Bench article ${run}`, published: "2020-02" },
      });
      const id = draft.json.document.id;
      const freeze = await post(`/api/documents/${id}/freeze`, { version: 0, independent: true });
      steps.preview!.push(preview.ms);
      steps.draft!.push(draft.ms);
      steps.freeze!.push(freeze.ms);
      steps.total!.push(preview.ms + draft.ms + freeze.ms);
      for (const [stage, ms] of Object.entries(freeze.json.analysis.timings)) {
        (stages[stage] ??= []).push(ms);
      }
      mentions = freeze.json.analysis.counts.mentions;
    }
    console.log(
      `\nPaste → frozen, analysed document: ${words} words, ${mentions} mentions, median of ${runs} (load ${loadAverage()})`,
    );
    for (const [step, values] of Object.entries(steps)) {
      console.log(`  ${step.padEnd(24)} ${median(values).toFixed(0).padStart(6)} ms`);
    }
    console.log(`  ${"floor (whole)".padEnd(24)} ${String(FLOOR_MS).padStart(6)} ms`);
    console.log("  analysis stages inside freeze:");
    for (const [stage, values] of Object.entries(stages)) {
      console.log(`    ${stage.padEnd(22)} ${median(values).toFixed(0).padStart(6)} ms`);
    }
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
