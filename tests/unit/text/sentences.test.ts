import { splitSentences } from "@/lib/text/sentences";
import { readSeedArticle } from "./seed-article";

describe("splitSentences", () => {
  it("finds every sentence of the seed article at its offsets, text exact", async () => {
    const { text } = await readSeedArticle();
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(100);
    let last = 0;
    for (const { start, end } of sentences) {
      expect(start).toBeGreaterThanOrEqual(last);
      const sentence = text.slice(start, end);
      expect(sentence).toBe(sentence.trim());
      expect(sentence.length).toBeGreaterThan(0);
      last = end;
    }
    // Nothing but whitespace is left between sentences... or lost at the ends.
    const gaps = sentences.map((s, i) => text.slice(sentences[i - 1]?.end ?? 0, s.start));
    expect(gaps.every((gap) => gap.trim() === "")).toBe(true);
    expect(text.slice(sentences.at(-1)!.end).trim()).toBe("");
  });

  it("keeps curly quotes, abbreviations and paragraph breaks exact", () => {
    const text = "He said: “We stay.”\n\nThe U.S. left on Jan. 5.  Did it?";
    const found = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    expect(found.join("")).toBe(found.join("").trim());
    expect(found.every((s) => text.includes(s))).toBe(true);
    expect(found[0]).toBe("He said: “We stay.”");
    expect(found.at(-1)).toBe("Did it?");
  });
});
