import { analyseDocument } from "@/lib/text/analyse";
import { isAcronym } from "@/lib/text/fuzzy";
import type { Analysis, AnalysisInput } from "@/lib/text/types";
import { readSeedArticle, seedInput, type SeedArticle } from "./seed-article";

let article: SeedArticle;
let seed: Analysis;
beforeAll(async () => {
  article = await readSeedArticle();
  seed = analyseDocument(seedInput(article));
});

/** The seed article with one plain "Soleimani" of its body misspelt, and ISIS and the US named. */
function variant(): AnalysisInput {
  const { text, bodyStart, bodyEnd } = article;
  const plain = /(?<!Qassem )Soleimani\b/g;
  plain.lastIndex = bodyStart;
  const at = plain.exec(text)!.index;
  const edited =
    text.slice(0, at) +
    "Soleimany" +
    text.slice(at + "Soleimani".length, bodyEnd) +
    " Both ISIS and the US claimed it." +
    text.slice(bodyEnd);
  return seedInput(article, edited);
}

const mentionsOf = (analysis: Analysis, surface: string) =>
  analysis.mentions.filter((m) => m.surface === surface);

describe("analyseDocument on the seed article", () => {
  it("links every exact name and strong alias, suggests weak aliases, stays inside the body", () => {
    const linked = seed.mentions.filter((m) => m.status === "linked").map((m) => m.actorId);
    const suggested = seed.mentions.filter((m) => m.origin === "weak_alias").map((m) => m.actorId);
    expect(new Set([...linked, ...suggested]).size).toBe(40);
    expect(mentionsOf(seed, "the president")[0]).toMatchObject({
      status: "suggested",
      origin: "weak_alias",
      actorId: "donald-trump",
      reason: "weak alias 'the president' — confirm in this document",
    });
    expect(mentionsOf(seed, "Tehran")[0]).toMatchObject({
      status: "linked",
      reason: "alias 'Tehran'",
    });
    for (const m of seed.mentions) {
      expect(article.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(article.bodyStart);
      expect(m.end).toBeLessThanOrEqual(article.bodyEnd);
    }
    expect(Object.keys(seed.timings)).toEqual(
      expect.arrayContaining(["sentences", "gazetteer", "names", "fuzzy", "dates", "total"]),
    );
  });

  it("never suggests by similarity for an acronym, as surface or as target", () => {
    const analysis = analyseDocument(variant());
    const fuzzy = analysis.mentions.filter((m) => m.origin === "fuzzy");
    for (const m of fuzzy) {
      expect(isAcronym(m.surface)).toBe(false);
      expect(isAcronym(/'(.*)'/.exec(m.reason)![1]!)).toBe(false);
    }
    expect(mentionsOf(analysis, "ISIS").length).toBeGreaterThan(0);
    for (const surface of ["ISIS", "US"]) {
      for (const m of mentionsOf(analysis, surface)) expect(m.origin).not.toBe("fuzzy");
    }
  });

  it("suggests Soleimani for the misspelt Soleimany", () => {
    const [soleimany] = mentionsOf(analyseDocument(variant()), "Soleimany");
    expect(soleimany).toMatchObject({
      status: "suggested",
      origin: "fuzzy",
      actorId: "qassem-soleimani",
      reason: "similar to 'Soleimani' 0.96",
    });
  });

  it.each([
    [
      "not_this_actor",
      {
        documentScoped: [
          { surface: "Soleimany", verdict: "not_this_actor", actorId: "qassem-soleimani" },
        ],
        notSame: [],
      },
      "open",
    ],
    [
      "notSame",
      { documentScoped: [], notSame: [{ surface: "Soleimany", actorId: "qassem-soleimani" }] },
      "open",
    ],
    [
      "not_actor",
      {
        documentScoped: [{ surface: "Soleimany", verdict: "not_actor", actorId: null }],
        notSame: [],
      },
      "rejected",
    ],
  ] as const)("a %s judgement keeps the suggestion from coming back", (_, judgements, status) => {
    const input = { ...variant(), judgements };
    const [soleimany] = mentionsOf(analyseDocument(input), "Soleimany");
    expect(soleimany?.status).toBe(status);
    expect(soleimany?.actorId).toBeNull();
    expect(soleimany?.reason).toMatch(/decided in this document|not in the graph/);
  });

  it("keeps the origin of a rejected surface and reopens a refused weak alias", () => {
    const analysis = analyseDocument({
      ...seedInput(article),
      judgements: {
        documentScoped: [
          { surface: "the president", verdict: "not_this_actor", actorId: "donald-trump" },
          { surface: "Tehran", verdict: "not_actor", actorId: null },
        ],
        notSame: [],
      },
    });
    expect(mentionsOf(analysis, "the president")[0]).toMatchObject({
      status: "open",
      origin: "weak_alias",
      actorId: null,
      reason: "not 'Donald Trump' (decided in this document)",
    });
    expect(mentionsOf(analysis, "Tehran")[0]).toMatchObject({
      status: "rejected",
      origin: "strong_alias",
      reason: "not an actor (decided in this document)",
    });
  });

  it("anchors dates to the publication month", () => {
    const values = new Map(seed.dates.map((d) => [d.text, d.value]));
    expect(values.get("January 5")).toBe("2020-01-05");
    expect(values.get("early January")).toBe("2020-01");
    expect(values.get("late November")).toBe("2019-11");
    expect(values.get("early December 2019")).toBe("2019-12");
    for (const d of seed.dates) expect(d.value <= "2020-02-29").toBe(true);
  });
});

describe("name candidates", () => {
  const text =
    "Since Monday, Karim Velor has led the Velor Holdings board. Officials of the Quds Force met " +
    "Velor’s deputies in Baghdad. Interestingly, the Iraqi President stayed away.";
  const analysis = analyseDocument({
    text,
    bodyStart: 0,
    bodyEnd: text.length,
    published: "2020-02",
    terms: [
      { actorId: "quds-force", actorName: "Quds Force", text: "Quds Force", strength: "name" },
    ],
    judgements: { documentScoped: [], notSame: [] },
  });
  const bySurface = new Map(analysis.mentions.map((m) => [m.surface, m]));

  it("proposes new people and organisations as open, with a kind and a reason", () => {
    expect(bySurface.get("Karim Velor")).toMatchObject({
      status: "open",
      origin: "ner",
      suggestedKind: "person",
      reason: "person (NER), not in the graph",
    });
    expect(bySurface.get("Velor Holdings")).toMatchObject({
      status: "open",
      suggestedKind: "organisation",
    });
    expect(bySurface.get("Velor")).toMatchObject({ status: "open" });
    expect(bySurface.get("Quds Force")).toMatchObject({ status: "linked", origin: "name" });
  });

  it("skips sentence-initial common words, titles, demonyms and possessive endings", () => {
    const surfaces = [...bySurface.keys()];
    expect(surfaces).not.toEqual(expect.arrayContaining(["Since"]));
    for (const word of [
      "Since",
      "Interestingly",
      "Iraqi",
      "President",
      "Iraqi President",
      "Velor’s",
      "Monday",
    ]) {
      expect(surfaces).not.toContain(word);
    }
  });
});
