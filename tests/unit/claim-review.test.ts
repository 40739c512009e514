import {
  actorsInSpan,
  chooseEvidence,
  claimFormField,
  createRequestOf,
  cycleFamily,
  draftChanges,
  draftFromClaim,
  draftFromSelection,
  evidenceChoiceOf,
  kindOptions,
  missingForSave,
  missingSentence,
  swapDirection,
  withKind,
} from "@/lib/curation/claim-draft";
import {
  acceptableInBulk,
  claimQueueLabel,
  claimsDecided,
  edgesOfPair,
  evidenceSummary,
  filterClaims,
  mergePairEdges,
  rejectableInBulk,
  replaceClaims,
} from "@/lib/curation/claim-queue";
import type { ClaimView, EdgeEvidence } from "@/lib/curation/types";

const IRAN = { id: "iran", name: "Iran" };
const PMU = { id: "pmu", name: "PMU" };

function claim(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id: "c1",
    version: 0,
    documentId: "d1",
    status: "proposed",
    deferred: false,
    origin: "proposal",
    reason: "cue 'backs'",
    subject: IRAN,
    object: PMU,
    family: "influence",
    kind: "backs",
    polarity: "asserts",
    hedged: false,
    weight: 2,
    summary: null,
    date: null,
    attribution: null,
    citations: [{ start: 10, end: 30, text: "Iran backs the PMU." }],
    edgeId: null,
    rejectReason: null,
    createdBy: "analysis",
    createdAt: "2024-01-01T00:00:00Z",
    decidedBy: null,
    decidedAt: null,
    ...overrides,
  };
}

function edge(overrides: Partial<EdgeEvidence> = {}): EdgeEvidence {
  return {
    id: "e1",
    family: "influence",
    kind: "backs",
    source: "iran",
    sourceName: "Iran",
    target: "pmu",
    targetName: "PMU",
    claimIds: ["a", "b", "c"],
    disputeClaimIds: [],
    sourceCount: 3,
    independentSourceCount: 2,
    contested: false,
    contestedBecause: [],
    ...overrides,
  };
}

describe("the claims queue", () => {
  it("names a claim with its status in words", () => {
    expect(claimQueueLabel(claim())).toBe("Iran → PMU · influence/backs · proposed");
    expect(claimQueueLabel(claim({ deferred: true, family: null, kind: null }))).toBe(
      "Iran → PMU · no kind yet · deferred",
    );
    expect(claimQueueLabel(claim({ status: "accepted", polarity: "denies" }))).toBe(
      "Iran → PMU · influence/backs (denies) · accepted",
    );
  });

  it("filters by status (deferred apart from proposed) and by text", () => {
    const claims = [
      claim({ id: "a" }),
      claim({ id: "b", deferred: true }),
      claim({ id: "c", status: "accepted", subject: { id: "us", name: "United States" } }),
    ];
    const ids = (list: ClaimView[]) => list.map((c) => c.id);
    expect(ids(filterClaims(claims, "proposed", ""))).toEqual(["a"]);
    expect(ids(filterClaims(claims, "deferred", ""))).toEqual(["b"]);
    expect(ids(filterClaims(claims, "all", "united"))).toEqual(["c"]);
    expect(ids(filterClaims(claims, "all", "BACKS THE"))).toEqual(["a", "b", "c"]);
  });

  it("counts decided claims and picks what bulk actions apply to", () => {
    const progress = {
      total: 40,
      proposed: 25,
      deferred: 3,
      accepted: 10,
      rejected: 2,
      retracted: 0,
    };
    expect(claimsDecided(progress)).toEqual({ decided: 12, total: 40 });
    const claims = [
      claim({ id: "a" }),
      claim({ id: "b", kind: null }),
      claim({ id: "c", status: "accepted" }),
      claim({ id: "d", deferred: true }),
    ];
    expect(acceptableInBulk(claims).map((c) => c.id)).toEqual(["a", "d"]);
    expect(rejectableInBulk(claims).map((c) => c.id)).toEqual(["a", "b", "d"]);
  });

  it("folds a write's claims and edges into what is loaded", () => {
    const loaded = [
      claim({ id: "a" }),
      claim({ id: "b", citations: [{ start: 90, end: 99, text: "x" }] }),
    ];
    const changed = [
      claim({ id: "a", version: 1, status: "accepted" }),
      claim({ id: "n", origin: "manual", citations: [{ start: 50, end: 60, text: "y" }] }),
    ];
    const after = replaceClaims(loaded, changed);
    expect(after.map((c) => `${c.id}${c.version}`)).toEqual(["a1", "n0", "b0"]);
    const edges = mergePairEdges(
      [edge(), edge({ id: "e2" })],
      [edge({ id: "e1", sourceCount: 4 }), edge({ id: "e3" })],
      ["e2"],
    );
    expect(edges.map((e) => `${e.id}:${e.sourceCount}`)).toEqual(["e1:4", "e3:3"]);
  });

  it("says what evidence stands behind an edge, in either direction", () => {
    expect(evidenceSummary(edge())).toBe("Iran → PMU backs: 3 claims, 2 independent sources");
    expect(
      evidenceSummary(edge({ claimIds: ["a"], independentSourceCount: 1, disputeClaimIds: ["d"] })),
    ).toBe("Iran → PMU backs: 1 claim, 1 independent source, 1 disputing claim");
    const reverse = edge({ id: "r", source: "pmu", target: "iran" });
    expect(edgesOfPair([edge(), reverse], "iran", "pmu")).toEqual({
      same: [edge()],
      reverse: [reverse],
    });
  });
});

describe("the claim editor", () => {
  it("preselects subject and object from the names in a selection", () => {
    const text = "Tehran said the PMU answers to Iran, not Baghdad.";
    const span = { start: 0, end: text.length };
    const actors = [IRAN, PMU, { id: "iraq", name: "Iraq" }];
    expect(actorsInSpan(text, span, actors)).toEqual([PMU, IRAN]);
    const draft = draftFromSelection(text, span, actors);
    expect([draft.subject, draft.object]).toEqual([PMU, IRAN]);
    expect(missingSentence(missingForSave(draft))).toBe("Needs a family, a kind and a weight.");
    expect(createRequestOf(draft)).toBeNull();
  });

  it("cannot be saved without a citation", () => {
    const draft = { ...draftFromClaim(claim()), citations: [] };
    expect(missingForSave(draft)).toEqual(["a citation"]);
    expect(createRequestOf(draft)).toBeNull();
    expect(createRequestOf(draftFromClaim(claim()))).toMatchObject({
      subjectId: "iran",
      objectId: "pmu",
      kind: "backs",
      citations: [{ start: 10, end: 30 }],
    });
  });

  it("sends only the fields that changed", () => {
    const original = claim({ weight: null });
    expect(draftChanges(original, draftFromClaim(original))).toEqual({});
    const draft = {
      ...swapDirection(draftFromClaim(original)),
      weight: 3,
      citations: [{ start: 10, end: 44 }],
    };
    expect(draftChanges(original, draft)).toEqual({
      subjectId: "pmu",
      objectId: "iran",
      weight: 3,
      citations: [{ start: 10, end: 44 }],
    });
  });

  it("lists recent kinds first, then the family's, and cycles families", () => {
    const recent = ["opposes", "funds-or-supplies", "backs", "commander"];
    expect(
      kindOptions("influence", recent, "")
        .slice(0, 3)
        .map((o) => [o.kind, o.recent]),
    ).toEqual([
      ["funds-or-supplies", true],
      ["backs", true],
      ["advises", false],
    ]);
    expect(kindOptions(null, recent, "sup").map((o) => o.kind)).toEqual([
      "funds-or-supplies",
      "supports",
    ]);
    expect(
      kindOptions("membership", recent, "")
        .map((o) => o.kind)
        .slice(0, 2),
    ).toEqual(["commander", "member"]);
    const draft = draftFromClaim(claim());
    expect(cycleFamily(draft)).toMatchObject({ family: "hostility", kind: null });
    expect(cycleFamily({ ...draft, family: "membership" })).toMatchObject({
      family: "influence",
      kind: "backs",
    });
    expect(withKind({ ...draft, family: null }, "opposes")).toMatchObject({
      family: "hostility",
      kind: "opposes",
    });
  });

  it("corroborates, disputes or adds another kind to an edge on the pair", () => {
    const draft = draftFromClaim(claim({ kind: "supports" }));
    const disputed = chooseEvidence(draft, "dispute", edge());
    expect(disputed).toMatchObject({ polarity: "denies", edgeId: "e1", kind: "backs" });
    expect(evidenceChoiceOf(disputed, "e1")).toBe("dispute");
    const corroborated = chooseEvidence(disputed, "corroborate", edge());
    expect(corroborated).toMatchObject({ polarity: "asserts", edgeId: "e1" });
    expect(chooseEvidence(corroborated, "another", null)).toMatchObject({
      edgeId: null,
      kind: "backs",
    });
  });

  it("finds the editor field an API error names", () => {
    expect(claimFormField("citations.0.end")).toBe("citations");
    expect(claimFormField("changes.kind")).toBe("kind");
    expect(claimFormField("subjectId")).toBe("subject");
    expect(claimFormField("claims")).toBeNull();
  });
});
