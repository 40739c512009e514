import {
  independenceKey,
  projectPairEdges,
  type ClaimForEdge,
  type EvidenceDocument,
} from "@/lib/curation/evidence";

const claim = (over: Partial<ClaimForEdge> & { id: string }): ClaimForEdge => ({
  edgeId: "iran-backs-pmu",
  family: "influence",
  kind: "backs",
  polarity: "asserts",
  weight: 2,
  summary: `summary of ${over.id}`,
  dateStart: null,
  dateEnd: null,
  dateLabel: null,
  yearInferred: false,
  subjectId: "iran",
  objectId: "pmu",
  documentId: "a",
  passageIds: [`${over.documentId ?? "a"}:${over.id}`],
  createdAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

const doc = (id: string, over: Partial<EvidenceDocument> = {}): [string, EvidenceDocument] => [
  id,
  { id, title: `Title ${id}`, publisher: null, copyRootId: null, countsSeparately: false, ...over },
];

const docs = (...entries: [string, EvidenceDocument][]) => new Map(entries);

describe("the aggregation rule: accepted claims → edges", () => {
  it("one claim gives its edge exactly: id, kind, weight, summary, passages", () => {
    const [edge] = projectPairEdges([claim({ id: "c1", weight: 3 })], docs(doc("a")));
    expect(edge).toEqual({
      id: "iran-backs-pmu",
      family: "influence",
      source: "iran",
      target: "pmu",
      props: expect.objectContaining({
        id: "iran-backs-pmu",
        kind: "backs",
        weight: 3,
        summary: "summary of c1",
        passageIds: ["a:c1"],
        documentIds: ["a"],
        claimIds: ["c1"],
        sourceCount: 1,
        independentSourceCount: 1,
        contested: false,
      }),
    });
  });

  it("corroborate: passages and documents united in claim order, the strongest weight, the widest dates", () => {
    const [edge] = projectPairEdges(
      [
        claim({
          id: "c2",
          documentId: "b",
          weight: 1,
          dateStart: "2020-01-01",
          dateEnd: "2020-03-31",
          createdAt: "2026-01-02T00:00:00.000Z",
        }),
        claim({
          id: "c1",
          weight: 2,
          dateStart: "2019-06-01",
          dateEnd: "2019-06-30",
          dateLabel: "June 2019",
        }),
      ],
      docs(doc("a"), doc("b")),
    );
    expect(edge!.props).toMatchObject({
      weight: 2,
      summary: "summary of c1",
      passageIds: ["a:c1", "b:c2"],
      documentIds: ["a", "b"],
      claimIds: ["c1", "c2"],
      dateStart: "2019-06-01",
      dateEnd: "2020-03-31",
      dateLabel: "Jun 2019 – Mar 2020",
      sourceCount: 2,
      independentSourceCount: 2,
    });
  });

  it("dispute: an accepted denial marks the edge contested and says where; a denial alone draws nothing", () => {
    const denial = claim({ id: "d1", documentId: "c", polarity: "denies" });
    const [edge] = projectPairEdges([claim({ id: "c1" }), denial], docs(doc("a"), doc("c")));
    expect(edge!.props).toMatchObject({
      contested: true,
      contestedBecause: ["denied in “Title c”"],
      claimIds: ["c1"],
      disputeClaimIds: ["d1"],
      passageIds: ["a:c1"],
      sourceCount: 1,
    });
    expect(projectPairEdges([denial], docs(doc("c")))).toEqual([]);
  });

  it("copies count once", () => {
    const [edge] = projectPairEdges(
      [claim({ id: "c1" }), claim({ id: "c2", documentId: "b" })],
      docs(doc("a"), doc("b", { copyRootId: "a" })),
    );
    expect(edge!.props).toMatchObject({ sourceCount: 2, independentSourceCount: 1 });
  });

  it("one publisher counts once unless the curator says a document counts separately", () => {
    const claims = [claim({ id: "c1" }), claim({ id: "c2", documentId: "b" })];
    const same = docs(doc("a", { publisher: "Reuters" }), doc("b", { publisher: " reuters " }));
    expect(projectPairEdges(claims, same)[0]!.props.independentSourceCount).toBe(1);
    const overridden = docs(
      doc("a", { publisher: "Reuters" }),
      doc("b", { publisher: "Reuters", countsSeparately: true }),
    );
    expect(projectPairEdges(claims, overridden)[0]!.props.independentSourceCount).toBe(2);
    expect(independenceKey("b", overridden)).toBe("document:b");
  });

  it("withdrawing the last claim removes the edge", () => {
    expect(projectPairEdges([], docs())).toEqual([]);
  });

  it("another kind on the same pair is another edge", () => {
    const edges = projectPairEdges(
      [
        claim({ id: "c1" }),
        claim({ id: "c2", kind: "funds-or-supplies", edgeId: "iran-funds-pmu" }),
      ],
      docs(doc("a")),
    );
    expect(edges.map((edge) => [edge.id, edge.props.kind])).toEqual([
      ["iran-backs-pmu", "backs"],
      ["iran-funds-pmu", "funds-or-supplies"],
    ]);
  });

  it("the other family in an overlapping period contests both edges; a disjoint one, or one undated in the same source, does not", () => {
    const influence = claim({ id: "c1", dateStart: "2020-01-01", dateEnd: "2020-12-31" });
    const hostility = (over: Partial<ClaimForEdge>) =>
      claim({
        id: "h1",
        edgeId: "pmu-attacks-iran",
        family: "hostility",
        kind: "attacks",
        subjectId: "pmu",
        objectId: "iran",
        ...over,
      });
    const overlapping = projectPairEdges(
      [influence, hostility({ dateStart: "2020-06-01", dateEnd: "2020-06-30" })],
      docs(doc("a")),
    );
    expect(overlapping.map((edge) => edge.props.contested)).toEqual([true, true]);
    expect(overlapping[0]!.props.contestedBecause).toEqual([
      "hostility (attacks) in an overlapping period",
    ]);
    const disjoint = projectPairEdges(
      [influence, hostility({ dateStart: "2021-01-01", dateEnd: "2021-01-31" })],
      docs(doc("a")),
    );
    expect(disjoint.map((edge) => edge.props.contested)).toEqual([false, false]);
    const undated = projectPairEdges([influence, hostility({})], docs(doc("a")));
    expect(undated.map((edge) => edge.props.contested)).toEqual([false, false]);
  });

  it("a conflicting kind from another source contests an undated pair; the same publisher is one source", () => {
    const backs = claim({ id: "c1" });
    const attacks = claim({
      id: "h1",
      edgeId: "pmu-attacks-iran",
      family: "hostility",
      kind: "attacks",
      subjectId: "pmu",
      objectId: "iran",
      documentId: "b",
    });
    const elsewhere = projectPairEdges([backs, attacks], docs(doc("a"), doc("b")));
    expect(elsewhere.map((edge) => edge.props.contested)).toEqual([true, true]);
    expect(elsewhere[0]!.props.contestedBecause).toEqual(["hostility (attacks) in “Title b”"]);
    expect(elsewhere[1]!.props.contestedBecause).toEqual(["influence (backs) in “Title a”"]);
    const wire = { publisher: "Wire" };
    const onePublisher = projectPairEdges([backs, attacks], docs(doc("a", wire), doc("b", wire)));
    expect(onePublisher.map((edge) => edge.props.contested)).toEqual([false, false]);
    // A dated pair from two sources still needs overlapping periods.
    const dated = { dateStart: "2020-01-01", dateEnd: "2020-01-31" };
    const later = { dateStart: "2021-01-01", dateEnd: "2021-01-31" };
    const apart = projectPairEdges(
      [claim({ id: "c1", ...dated }), { ...attacks, ...later }],
      docs(doc("a"), doc("b")),
    );
    expect(apart.map((edge) => edge.props.contested)).toEqual([false, false]);
  });

  it("membership claims make a MEMBER_OF edge with the role as their kind", () => {
    const [edge] = projectPairEdges(
      [claim({ id: "m1", edgeId: "m1", family: "membership", kind: "commander" })],
      docs(doc("a")),
    );
    expect(edge).toMatchObject({ family: "membership", props: { id: "m1", role: "commander" } });
    expect(edge!.props).not.toHaveProperty("weight");
  });
});
