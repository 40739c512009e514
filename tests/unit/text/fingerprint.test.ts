import { fingerprint, similarity } from "@/lib/text/fingerprint";
import { readSeedArticle } from "./seed-article";

describe("fingerprint", () => {
  let article: string;
  let unrelated: string;
  beforeAll(async () => {
    const { text, bodyStart } = await readSeedArticle();
    const words = text.slice(bodyStart).split(/\s+/);
    article = words.slice(0, 400).join(" ");
    unrelated =
      "The river valley flooded twice this spring, and farmers along its banks replanted rice, " +
      "beans and maize while the cooperative negotiated new loans with two regional banks. " +
      "Engineers proposed a levee; the council preferred wetlands that absorb the water. ".repeat(
        6,
      );
  });
  const footer = (text: string) =>
    `${text}\n\nThis article first appeared in our weekly newsletter. Subscribe to receive ` +
    "analysis like this every Friday, and follow us for updates from the region.";

  it("is deterministic, with a SHA-256 of the text", () => {
    const a = fingerprint(article);
    expect(a).toEqual(fingerprint(article));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.sketch).toHaveLength(128);
    expect(fingerprint(`${article} `).sha256).not.toBe(a.sha256);
  });

  it("scores identical 1, a copy with another footer ≥ 0.8, an unrelated article < 0.2", () => {
    const original = fingerprint(footer(article)).sketch;
    const other = `${article}\n\nRepublished with permission. All rights reserved by the authors.`;
    expect(similarity(original, fingerprint(footer(article)).sketch)).toBe(1);
    expect(similarity(original, fingerprint(other).sketch)).toBeGreaterThanOrEqual(0.8);
    expect(similarity(original, fingerprint(unrelated).sketch)).toBeLessThan(0.2);
  });

  it("ignores case and punctuation", () => {
    const a = fingerprint("The US, Iran and Iraq: a “contest” for influence.").sketch;
    const b = fingerprint("the us iran and iraq a contest for influence").sketch;
    expect(similarity(a, b)).toBe(1);
  });
});
