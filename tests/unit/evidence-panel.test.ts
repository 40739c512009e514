import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { EvidenceByDocument } from "@/components/explorer/evidence-by-document";
import { cited, ONE_SOURCE, rel } from "@/tests/support/signed-graph-fixtures";

// Rendered as HTML: the panel's words, headings and links, which is what a screen reader gets.
const html = (relationship: ReturnType<typeof rel>) =>
  renderToStaticMarkup(createElement(EvidenceByDocument, { relationship }));

describe("the relationship panel's evidence", () => {
  const contested = rel("a", "+", "b", {
    citations: [cited("p1", "d1"), cited("p2", "d2")].map((c, i) => ({
      ...c,
      documentTitle: `Paper ${i + 1}`,
    })),
    evidence: {
      claimCount: 2,
      sourceCount: 2,
      independentSourceCount: 1,
      contested: true,
      contestedBecause: ["denied in “Paper 3”"],
      disputes: [{ ...cited("p9", "d3", "It never happened"), documentTitle: "Paper 3" }],
    },
  });

  it("puts each passage under its document's heading, marked in words, linking to the reader", () => {
    const out = html(contested);
    const headings = [...out.matchAll(/<h4[^>]*>([^<]*)<\/h4>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Paper 1", "Paper 2", "Paper 3"]);
    expect(out.match(/<\/svg>supports</g)).toHaveLength(2);
    expect(out.match(/<\/svg>disputes</g)).toHaveLength(1);
    expect(out).toContain('href="/documents/d3?passage=p9#p9"');
    expect(out).toContain('aria-label="Open passage in the reader: It never happened"');
  });

  it("says the counts and shows Contested with its reasons", () => {
    const out = html(contested);
    expect(out).toContain("2 claims · 1 independent source (2 documents)");
    expect(out).toMatch(/<\/svg>Contested</);
    expect(out).toContain("denied in “Paper 3”");
  });

  it("shows no badge for an uncontested relationship", () => {
    const out = html(rel("a", "+", "b", { evidence: ONE_SOURCE }));
    expect(out).not.toContain("Contested");
    expect(out).toContain("1 claim · 1 independent source (1 document)");
  });
});
