import {
  clampToBody,
  sentenceBounds,
  shrinkBySentence,
  shrinkByWord,
  widenBySentence,
  widenByWord,
  type TextSpan,
} from "@/lib/curation/citation-span";
import { splitSentences } from "@/lib/text/sentences";
import { readSeedArticle } from "./text/seed-article";

const HEAD = "Title line\n\n";
const BODY =
  "Iran backs the PMU. Mr. Sadr said the U.S. must leave. He rejected claims that Tehran funds it.";
const TEXT = `${HEAD}${BODY}\n\nFooter.`;
const body = { start: HEAD.length, end: HEAD.length + BODY.length };
const at = (phrase: string): TextSpan => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const show = (span: TextSpan) => TEXT.slice(span.start, span.end);

describe("sentenceBounds", () => {
  it("splits at full stops but not after initials or abbreviations", () => {
    expect(sentenceBounds(TEXT, body).map(show)).toEqual([
      "Iran backs the PMU.",
      "Mr. Sadr said the U.S. must leave.",
      "He rejected claims that Tehran funds it.",
    ]);
  });

  it("ends a sentence at a line break and keeps closing quotes", () => {
    const text = "He said: “We stay.” Then\nleft. Did it?";
    const found = sentenceBounds(text, { start: 0, end: text.length }).map((s) =>
      text.slice(s.start, s.end),
    );
    expect(found).toEqual(["He said: “We stay.”", "Then", "left.", "Did it?"]);
  });

  it("finds most of the analysis's sentence ends in the seed article", async () => {
    const article = await readSeedArticle();
    const seedBody = { start: article.bodyStart, end: article.bodyEnd };
    const ours = new Set(sentenceBounds(article.text, seedBody).map((s) => s.end));
    const theirs = splitSentences(article.text.slice(0, article.bodyEnd))
      .filter((s) => s.start >= article.bodyStart)
      .map((s) => s.end);
    const shared = theirs.filter((end) => ours.has(end)).length;
    expect(shared / theirs.length).toBeGreaterThan(0.9);
  });
});

describe("by a word", () => {
  const table: [string, (span: TextSpan) => TextSpan, string, string][] = [
    ["widens the end", (s) => widenByWord(TEXT, s, body), "backs the", "backs the PMU."],
    ["widens the start", (s) => widenByWord(TEXT, s, body, "start"), "backs the", "Iran backs the"],
    ["shrinks the end", (s) => shrinkByWord(TEXT, s, body), "backs the PMU.", "backs the"],
    [
      "shrinks the start",
      (s) => shrinkByWord(TEXT, s, body, "start"),
      "backs the PMU.",
      "the PMU.",
    ],
    ["keeps the last word", (s) => shrinkByWord(TEXT, s, body), "backs", "backs"],
    [
      "keeps the last word at the start",
      (s) => shrinkByWord(TEXT, s, body, "start"),
      "PMU.",
      "PMU.",
    ],
    ["stops at the body's end", (s) => widenByWord(TEXT, s, body), "funds it.", "funds it."],
    ["stops at the body's start", (s) => widenByWord(TEXT, s, body, "start"), "Iran", "Iran"],
    ["crosses a sentence", (s) => widenByWord(TEXT, s, body), "the PMU.", "the PMU. Mr."],
  ];
  it.each(table)("%s", (_, step, from, to) => {
    expect(show(step(at(from)))).toBe(to);
  });
});

describe("by a sentence", () => {
  const table: [string, (span: TextSpan) => TextSpan, string, string][] = [
    [
      "completes the sentence",
      (s) => widenBySentence(TEXT, s, body),
      "Iran backs",
      "Iran backs the PMU.",
    ],
    [
      "adds the next sentence",
      (s) => widenBySentence(TEXT, s, body),
      "Iran backs the PMU.",
      "Iran backs the PMU. Mr. Sadr said the U.S. must leave.",
    ],
    [
      "adds the previous sentence",
      (s) => widenBySentence(TEXT, s, body, "start"),
      "He rejected",
      "Mr. Sadr said the U.S. must leave. He rejected",
    ],
    [
      "drops the last sentence",
      (s) => shrinkBySentence(TEXT, s, body),
      "Iran backs the PMU. Mr. Sadr said",
      "Iran backs the PMU.",
    ],
    [
      "drops the first sentence",
      (s) => shrinkBySentence(TEXT, s, body, "start"),
      "PMU. Mr. Sadr said",
      "Mr. Sadr said",
    ],
    [
      "keeps one sentence",
      (s) => shrinkBySentence(TEXT, s, body),
      "Iran backs the PMU.",
      "Iran backs the PMU.",
    ],
    [
      "never passes the body's end",
      (s) => widenBySentence(TEXT, s, body),
      "He rejected claims that Tehran funds it.",
      "He rejected claims that Tehran funds it.",
    ],
  ];
  it.each(table)("%s", (_, step, from, to) => {
    expect(show(step(at(from)))).toBe(to);
  });
});

describe("clampToBody", () => {
  it("cuts a span to the body and trims white space", () => {
    expect(show(clampToBody(TEXT, { start: 0, end: body.start + 5 }, body)!)).toBe("Iran");
    expect(clampToBody(TEXT, { start: body.end, end: TEXT.length }, body)).toBeNull();
    expect(show(clampToBody(TEXT, { start: body.start + 10, end: body.start + 4 }, body)!)).toBe(
      "backs",
    );
  });
});
