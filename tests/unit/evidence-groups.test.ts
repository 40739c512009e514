import { describeEvidence, evidenceByDocument } from "@/lib/explorer/evidence-groups";
import { cited, ONE_SOURCE, rel } from "@/tests/support/signed-graph-fixtures";

describe("a relationship's evidence by document", () => {
  it("groups passages by document in first-cited order, disputes marked as such", () => {
    const relationship = rel("a", "+", "b", {
      citations: [cited("p1", "d1"), cited("p2", "d2"), cited("p3", "d1")],
      evidence: {
        ...ONE_SOURCE,
        contested: true,
        contestedBecause: ["denied in “D3”"],
        disputes: [cited("p4", "d3"), cited("p5", "d2")],
      },
    });
    const groups = evidenceByDocument(relationship);
    expect(
      groups.map((g) => [
        g.documentId,
        g.passages.map((p) => `${p.citation.passageId}:${p.stance}`),
      ]),
    ).toEqual([
      ["d1", ["p1:supports", "p3:supports"]],
      ["d2", ["p2:supports", "p5:disputes"]],
      ["d3", ["p4:disputes"]],
    ]);
    expect(groups[0]!.documentTitle).toBe("A document");
  });

  it("names a document without a title by its id", () => {
    const citation = { ...cited("p1", "d1"), documentTitle: null };
    const [group] = evidenceByDocument(rel("a", "+", "b", { citations: [citation] }));
    expect(group!.documentTitle).toBe("d1");
  });

  it.each([
    [
      { claimCount: 3, sourceCount: 3, independentSourceCount: 2 },
      "3 claims · 2 independent sources (3 documents)",
    ],
    [
      { claimCount: 1, sourceCount: 1, independentSourceCount: 1 },
      "1 claim · 1 independent source (1 document)",
    ],
    [
      { claimCount: 0, sourceCount: 2, independentSourceCount: 2 },
      "0 claims · 2 independent sources (2 documents)",
    ],
  ])("%o reads %s", (counts, text) => {
    expect(describeEvidence({ ...counts, contested: false })).toBe(text);
  });
});
