import { analyseDocument } from "@/lib/text/analyse";
import { proposeClaims } from "@/lib/text/claim-proposals";
import { bodySentences } from "@/lib/text/sentences";
import type { ClaimProposal, LinkedSpan } from "@/lib/text/types";
import { readSeedArticle, seedInput, type SeedArticle } from "./seed-article";

// The regression floor of issue 16 on the seed article. Coverage: the curated pairs with a
// proposal; precision: the proposals whose pair is curated; kind precision: the proposals with a
// kind whose pair has a curated relationship of that kind or family. Co-occurrence cannot find a
// pair the sentence names with a pronoun or not at all ("he", "its", "the killing of Soleimani"),
// which is why coverage stays short of every pair.
const FLOOR = { pairs: 55, coverage: 0.8, precision: 0.45, kindPrecision: 0.85 };

const pairOf = (a: string, b: string) => [a, b].sort().join(" ~ ");
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * The article's linked mentions as the seed import leaves them: names and aliases the analysis
 * links, and the weak aliases the seed's curators confirmed in this document (its localAliases).
 */
function seedMentions(article: SeedArticle): LinkedSpan[] {
  return analyseDocument(seedInput(article))
    .mentions.filter(
      (m) => m.actorId !== null && (m.status === "linked" || m.origin === "weak_alias"),
    )
    .map(({ start, end, actorId }) => ({ start, end, actorId: actorId! }));
}

function measure(article: SeedArticle, proposals: ReadonlyArray<ClaimProposal>) {
  const curated = article.relationships;
  const pairs = new Set(curated.map((r) => pairOf(r.source, r.target)));
  const proposed = new Set(proposals.map((p) => pairOf(p.subjectId, p.objectId)));
  const kinded = proposals.filter((p) => p.kind !== null);
  const kindRight = kinded.filter((p) =>
    curated.some(
      (r) =>
        pairOf(r.source, r.target) === pairOf(p.subjectId, p.objectId) &&
        (r.kind === p.kind || r.family === p.family),
    ),
  );
  return {
    pairs: pairs.size,
    covered: [...pairs].filter((pair) => proposed.has(pair)).length,
    proposals: proposals.length,
    matching: proposals.filter((p) => pairs.has(pairOf(p.subjectId, p.objectId))).length,
    kinded: kinded.length,
    kindRight: kindRight.length,
  };
}

let article: SeedArticle;
let mentions: LinkedSpan[];
beforeAll(async () => {
  article = await readSeedArticle();
  mentions = seedMentions(article);
});

describe("claim proposals on the seed article", () => {
  it("cover the curated pairs and keep precision from falling", () => {
    const proposals = proposeClaims({ ...article, mentions });
    const m = measure(article, proposals);
    const coverage = share(m.covered, m.pairs);
    const precision = share(m.matching, m.proposals);
    const kindPrecision = share(m.kindRight, m.kinded);
    console.log(
      `proposals on the seed article: coverage ${m.covered}/${m.pairs} pairs ` +
        `(${(coverage * 100).toFixed(1)}%), precision ${precision.toFixed(2)} ` +
        `(${m.matching}/${m.proposals}), kind precision ${kindPrecision.toFixed(2)} ` +
        `(${m.kindRight}/${m.kinded})`,
    );
    expect(m.covered).toBeGreaterThanOrEqual(FLOOR.pairs);
    expect(coverage).toBeGreaterThanOrEqual(FLOOR.coverage);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(kindPrecision).toBeGreaterThanOrEqual(FLOOR.kindPrecision);
  });

  it("stay inside the body, one sentence each, and run fast on five times the article", () => {
    const proposals = proposeClaims({ ...article, mentions });
    for (const p of proposals) {
      expect(p.start).toBeGreaterThanOrEqual(article.bodyStart);
      expect(p.end).toBeLessThanOrEqual(article.bodyEnd);
      expect(p.subjectId).not.toBe(p.objectId);
    }
    // ~10,000 words: the body five times over, its mentions shifted with each copy.
    const body = article.text.slice(article.bodyStart, article.bodyEnd);
    const text = Array.from({ length: 5 }, () => body).join("\n\n");
    const shifted = [0, 1, 2, 3, 4].flatMap((copy) =>
      mentions.map((s) => {
        const by = copy * (body.length + 2) - article.bodyStart;
        return { ...s, start: s.start + by, end: s.end + by };
      }),
    );
    const input = { text, bodyStart: 0, bodyEnd: text.length, mentions: shifted };
    const sentences = bodySentences(text, 0, text.length);
    proposeClaims(input); // warm the regexes and wink's tokenizer
    const timed = (run: () => ClaimProposal[]) => {
      const began = performance.now();
      return { proposals: run(), ms: performance.now() - began };
    };
    const split = timed(() => proposeClaims(input));
    const given = timed(() => proposeClaims({ ...input, sentences }));
    console.log(
      `proposeClaims on ~10,000 words: ${split.proposals.length} proposals in ` +
        `${split.ms.toFixed(1)} ms, ${given.ms.toFixed(1)} ms given the sentences`,
    );
    expect(split.proposals.length).toBe(proposals.length * 5);
    expect(given.proposals).toEqual(split.proposals);
    // Generous, for a loaded CI machine; the figures measured are in docs/curation.md.
    expect(given.ms).toBeLessThan(500);
  });
});
