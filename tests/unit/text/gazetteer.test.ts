import { createGazetteer, isWholeWord } from "@/lib/text/gazetteer";
import { readSeedArticle, seedTerms, type SeedArticle } from "./seed-article";

let article: SeedArticle;
beforeAll(async () => {
  article = await readSeedArticle();
});

describe("createGazetteer", () => {
  const find = createGazetteer([
    { text: "Trump", id: "trump" },
    { text: "Trump Administration", id: "administration" },
    { text: "IS", id: "islamic-state" },
  ]);

  it("takes the longest term first and never overlaps", () => {
    const hits = find("the Trump Administration and Trump");
    expect(hits.map((h) => [h.term.id, h.start, h.end])).toEqual([
      ["administration", 4, 24],
      ["trump", 29, 34],
    ]);
  });

  it("matches whole words, case-sensitively, only inside the range", () => {
    expect(find("THIS is IS, and Trumpism")).toMatchObject([{ start: 8, end: 10 }]);
    expect(find("Trump and Trump", { start: 1, end: 15 })).toMatchObject([{ start: 10, end: 15 }]);
    expect(find("Trump and Trump", { start: 0, end: 14 })).toMatchObject([{ start: 0, end: 5 }]);
    expect(isWholeWord("Iran’s", 0, 4)).toBe(true);
    expect(isWholeWord("Iranian", 0, 4)).toBe(false);
  });

  it("finds all 40 seed actors inside the seed article's body", () => {
    const terms = seedTerms(article);
    const hits = createGazetteer(terms)(article.text, {
      start: article.bodyStart,
      end: article.bodyEnd,
    });
    const found = new Set(hits.map((h) => h.term.actorId));
    expect(article.actors).toHaveLength(40);
    expect([...found].sort()).toEqual(article.actors.map((a) => a.id).sort());
    for (const hit of hits) {
      expect(article.text.slice(hit.start, hit.end)).toBe(hit.term.text);
      expect(hit.start).toBeGreaterThanOrEqual(article.bodyStart);
      expect(hit.end).toBeLessThanOrEqual(article.bodyEnd);
    }
    hits.slice(1).forEach((hit, i) => expect(hit.start).toBeGreaterThanOrEqual(hits[i]!.end));
  });
});
