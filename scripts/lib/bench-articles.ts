import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A long article of about `words` words for the curation benches: the seed article's paragraphs,
 * repeated with each copy's numbers varied, so the text is not one paragraph set repeated, and each
 * `run` gives a new document (a frozen text may not be frozen twice).
 */
export function articleOfWords(words: number, run: number): string {
  const seed = readFileSync(path.join("graph-seed", "f662abb57264ea17", "document.txt"), "utf8");
  const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 20);
  const out: string[] = [];
  let count = 0;
  for (let copy = 0; count < words; copy += 1) {
    for (const paragraph of paragraphs) {
      // Vary every copy, so the text is not one paragraph set repeated (and each run is new).
      const varied = `Report ${run}.${copy}: ${paragraph.replace(/\d+/g, (n) => String(Number(n) + copy))}`;
      out.push(varied);
      count += varied.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return out.join("\n\n");
}
