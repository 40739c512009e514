/**
 * Times analyseDocument on a ~10,000-word article: the seed body four times over, each copy with
 * its paragraphs in another order and a sentence per paragraph naming invented people and
 * bodies, so the name stage meets new names rather than the seed's again.
 * Run: npx tsx scripts/bench-analysis.ts
 */
import os from "node:os";
import path from "node:path";
import { readDocumentFolder } from "@/lib/seed/read-folder";
import { locateBody } from "@/lib/seed/quotes";
import { seedAnalysisTerms } from "@/lib/seed/analysis-terms";
import { randomStream } from "@/lib/synthetic/random";
import { wordRegistry } from "@/lib/synthetic/words";
import { analyseDocument } from "@/lib/text/analyse";
import { fingerprint } from "@/lib/text/fingerprint";

const FLOOR_MS = 2000;
const WORDS = 10_000;

async function main() {
  const issues: string[] = [];
  const folder = await readDocumentFolder(path.join("graph-seed", "f662abb57264ea17"), issues);
  if (!folder) throw new Error(issues.join("\n"));
  const { document, text, actors } = folder;
  const body = locateBody(text, document.body.startQuote, document.body.endQuote);
  if (!body.ok) throw new Error(body.message);
  const paragraphs = text.slice(body.span.start, body.span.end).split(/\n\n+/);

  const random = randomStream(1, "bench-analysis");
  const words = wordRegistry(random);
  const copies: string[] = [];
  let count = 0;
  while (count < WORDS) {
    const shuffled = [...paragraphs].sort(() => random.next() - 0.5);
    const copy = shuffled.map((p) => {
      const person = `${words.fresh("person")} ${words.fresh("person")}`;
      const body = `${words.fresh("place")} ${random.pick(["Council", "Front", "Authority"])}`;
      return `${p} Officials close to ${person} of the ${body} declined to comment.`;
    });
    copies.push(copy.join("\n\n"));
    count += copies.at(-1)!.split(/\s+/).length;
  }
  const article = copies.join("\n\n");

  const input = {
    text: article,
    bodyStart: 0,
    bodyEnd: article.length,
    published: document.published?.date ?? null,
    terms: seedAnalysisTerms(actors, document.id),
    judgements: { documentScoped: [], notSame: [] },
  };
  const wordCount = article.split(/\s+/).length;
  console.log(
    `article: ${wordCount} words, ${article.length} characters, ${input.terms.length} terms`,
  );

  for (const run of ["cold", "warm"]) {
    const analysis = analyseDocument(input);
    const started = performance.now();
    fingerprint(article);
    const fingerprintMs = Math.round((performance.now() - started) * 10) / 10;
    const { total, ...stages } = analysis.timings;
    const byStatus = Object.entries(
      analysis.mentions.reduce<Record<string, number>>((acc, m) => {
        acc[m.status] = (acc[m.status] ?? 0) + 1;
        return acc;
      }, {}),
    );
    console.log(`\n${run} run`);
    for (const [stage, ms] of Object.entries(stages)) console.log(`  ${stage.padEnd(12)} ${ms} ms`);
    console.log(
      `  ${"total".padEnd(12)} ${total} ms   (floor < ${FLOOR_MS} ms: ${total! < FLOOR_MS ? "ok" : "OVER"})`,
    );
    console.log(`  fingerprint  ${fingerprintMs} ms (separate)`);
    console.log(
      `  ${analysis.sentences.length} sentences, ${analysis.mentions.length} mentions (${byStatus.map(([s, n]) => `${s} ${n}`).join(", ")}), ${analysis.dates.length} dates`,
    );
  }
  console.log(
    `\nload average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${os.cpus().length} cores`,
  );
}

void main();
