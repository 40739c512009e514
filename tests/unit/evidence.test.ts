import { analyseEvidence, findContradictions, overlap } from "@/lib/analysis/evidence";
import { cited, dated, graphOf, rel } from "@/tests/support/signed-graph-fixtures";

describe("overlap of dated windows", () => {
  it.each([
    [
      dated("2020-01-01", "2020-01-31"),
      dated("2020-01-15", "2020-02-15"),
      "2020-01-15 – 2020-01-31",
    ],
    [dated("2020-01-05"), dated("2020-01-01", "2020-01-31"), "2020-01-05"],
    [dated("2020-01-01", "2020-01-31"), dated("2020-02-01", "2020-02-29"), null],
    [{}, dated("2020-01-01"), null],
  ])("%o and %o → %s", (x, y, expected) => {
    expect(overlap(rel("a", "+", "b", x), rel("a", "-", "b", y))).toBe(expected);
  });
});

describe("contradictions", () => {
  it("flags a pair both influencing and hostile in overlapping periods, either way round", () => {
    const found = findContradictions(
      graphOf([
        rel("a", "+", "b", dated("2020-01-01", "2020-01-31")),
        rel("b", "-", "a", dated("2020-01-20")),
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      actors: [{ id: "a" }, { id: "b" }],
      influence: { id: "a+b" },
      hostility: { id: "b-a" },
      period: "2020-01-20",
    });
  });

  it("flags undated ties, since they may fall in any period", () => {
    const found = findContradictions(
      graphOf([rel("a", "+", "b"), rel("a", "-", "b", dated("2020-03-01"))]),
    );
    expect(found.map((c) => c.period)).toEqual(["undated"]);
  });

  it("leaves out disjoint periods, one family only, and ties resting on the same passages", () => {
    expect(
      findContradictions(
        graphOf([
          rel("a", "+", "b", dated("2020-01-01")),
          rel("a", "-", "b", dated("2020-02-01")),
          rel("c", "+", "d"),
          rel("d", "+", "c"),
          rel("e", "+", "f", { citations: [cited("p1")] }),
          rel("e", "-", "f", { citations: [cited("p1")] }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe("evidence strength", () => {
  it("counts distinct passages and documents, weakest first", () => {
    const report = analyseEvidence(
      graphOf([
        rel("a", "+", "b", {
          citations: [cited("p1", "d1"), cited("p2", "d2"), cited("p2", "d2")],
        }),
        rel("b", "-", "c", { citations: [cited("p3", "d1")] }),
      ]),
    );
    expect(
      report.relationships.map((r) => [r.relationship.id, r.passageCount, r.documentCount]),
    ).toEqual([
      ["b-c", 1, 1],
      ["a+b", 2, 2],
    ]);
    expect(report.singlePassage).toBe(1);
    expect(report.relationships[0]!.source.name).toBe("B");
  });
});

describe("evidence ranking by independent sources", () => {
  const evidence = (independentSourceCount: number, sourceCount: number, contested = false) => ({
    claimCount: sourceCount,
    sourceCount,
    independentSourceCount,
    contested,
    contestedBecause: contested ? ["denied in “Another paper”"] : [],
    disputes: contested ? [cited("p-denial", "d9", "it never happened")] : [],
  });

  it("ranks by independent sources, then sources, then passages, weakest first", () => {
    const report = analyseEvidence(
      graphOf([
        rel("a", "+", "b", {
          citations: [cited("p1", "d1"), cited("p2", "d2")],
          evidence: evidence(2, 2),
        }),
        rel("b", "+", "c", { citations: [cited("p3", "d1")], evidence: evidence(2, 3) }),
        rel("c", "+", "d", {
          citations: [cited("p4", "d1"), cited("p5", "d1"), cited("p6", "d2")],
          evidence: evidence(1, 2),
        }),
        rel("d", "+", "e", { citations: [cited("p7", "d1")], evidence: evidence(1, 2) }),
      ]),
    );
    expect(report.relationships.map((r) => r.relationship.id)).toEqual([
      "d+e",
      "c+d",
      "a+b",
      "b+c",
    ]);
    expect(report.singleSource).toBe(2);
  });

  it("lists the contested relationships with both sides' passages", () => {
    const report = analyseEvidence(
      graphOf([
        rel("a", "+", "b", { evidence: evidence(1, 1, true) }),
        rel("b", "-", "c", { evidence: evidence(1, 1) }),
      ]),
    );
    expect(report.contested).toHaveLength(1);
    const [entry] = report.contested;
    expect(entry!.relationship.citations.map((c) => c.text)).toEqual(["quote for a+b"]);
    expect(entry!.relationship.evidence.disputes.map((c) => c.text)).toEqual(["it never happened"]);
  });
});
