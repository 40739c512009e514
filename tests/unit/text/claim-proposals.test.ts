import { proposalKey, proposeClaims } from "@/lib/text/claim-proposals";
import type { LinkedSpan } from "@/lib/text/types";

const ACTORS: Record<string, string> = {
  Iran: "iran",
  Tehran: "iran",
  "the PMU": "pmu",
  Washington: "united-states",
  Iraq: "iraq",
  Keane: "jack-keane",
};

/** Links every name of ACTORS in the text, as the mention layer would. */
function propose(text: string, body = { bodyStart: 0, bodyEnd: text.length }) {
  const mentions: LinkedSpan[] = [];
  for (const [name, actorId] of Object.entries(ACTORS)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, "g"))) {
      mentions.push({ start: m.index, end: m.index + name.length, actorId });
    }
  }
  return proposeClaims({ text, ...body, mentions });
}

describe("proposeClaims", () => {
  it.each([
    ["Iran backed the PMU.", "influence", "backs"],
    ["Iran funded the PMU.", "influence", "funds-or-supplies"],
    ["Washington sanctioned Iran.", "hostility", "sanctions"],
    ["Washington assassinated a commander of Iran.", "hostility", "kills"],
    ["Iran criticized Washington.", "hostility", "criticises"],
    ["Washington attacked, then Iran and the PMU met.", null, null],
    ["Iran attacked Washington and backed the PMU.", null, null],
    ["Iran met the PMU in Baghdad.", null, null],
  ])("%s → %s/%s", (text, family, kind) => {
    const [first] = propose(text);
    expect(first).toMatchObject({ family, kind });
  });

  it("gives the kind only to the pair the cue stands between", () => {
    const proposals = propose("Iran urged the PMU to leave Iraq.");
    const kindOf = (a: string, b: string) =>
      proposals.find((p) => [p.subjectId, p.objectId].sort().join() === [a, b].sort().join())?.kind;
    expect(kindOf("iran", "pmu")).toBe("encourages");
    expect(kindOf("iran", "iraq")).toBeNull();
    expect(kindOf("pmu", "iraq")).toBeNull();
  });

  it("puts the actor after 'by' first when the cue is passive", () => {
    const [p] = propose("Iraq was backed by Iran.");
    expect(p).toMatchObject({ subjectId: "iran", objectId: "iraq", kind: "backs" });
  });

  it.each([
    ["Iran denied that it backed the PMU.", "denied"],
    ["Iran rejected claims that it funded the PMU.", "rejected claims that"],
    ["Iran did not back the PMU.", "not"],
    ["Iran never funded the PMU.", "never"],
    ["Iran refused to back the PMU.", "refused to"],
  ])("%s → denies", (text, negation) => {
    const [p] = propose(text);
    expect(p?.polarity).toBe("denies");
    expect(p?.reason).toContain(`negated ('${negation}')`);
  });

  it("reads 'rejected claims that' as a denial, not a rebuff, and a bare 'rejected' as one", () => {
    expect(propose("Iran rejected claims that the PMU attacked Washington.")[0]).toMatchObject({
      polarity: "denies",
    });
    expect(propose("Iran rejected the PMU.")[0]).toMatchObject({
      polarity: "asserts",
      kind: "rebuffs",
    });
  });

  it("asserts 'not only … but'", () => {
    expect(propose("Iran not only backed the PMU but armed it.")[0]?.polarity).toBe("asserts");
  });

  it.each(["allegedly", "reportedly", "seemed to", "is said to", "may have"])(
    "a hedge (%s) → hedged, weight 1",
    (hedge) => {
      const [p] = propose(`Iran ${hedge} backed the PMU.`);
      expect(p).toMatchObject({ hedged: true, weight: 1, kind: "backs" });
    },
  );

  it("leaves weight to the curator when nothing hedges", () => {
    expect(propose("Iran backed the PMU.")[0]).toMatchObject({ hedged: false, weight: null });
  });

  it.each([
    ["Keane said Iran backed the PMU.", "Keane", "reports"],
    ["According to US officials, Iran backed the PMU.", "US officials", "reports"],
    [
      "Retired General Jack Keane told reporters Iran backed the PMU.",
      "Retired General Jack Keane",
      "reports",
    ],
    ["Keane said Iran never backed the PMU.", "Keane", "denies"],
  ])("%s → attributed to %s, %s", (text, attribution, polarity) => {
    const [p] = propose(text).filter((x) => x.subjectId === "iran");
    expect(p).toMatchObject({ attribution, polarity });
  });

  it("takes no possessive for a speaker", () => {
    expect(propose("Despite Iran’s stated wish, the PMU stayed.")[0]?.attribution).toBeNull();
  });

  it("proposes every pair once, in sentence order and nearest first, subject named first", () => {
    const text = "Iran and the PMU met, far from Washington. Iraq then asked Tehran to leave.";
    const proposals = propose(text);
    expect(proposals.map((p) => [p.subjectId, p.objectId, p.distance])).toEqual([
      ["iran", "pmu", 5],
      ["pmu", "united-states", 15],
      ["iran", "united-states", 27],
      ["iraq", "iran", 12],
    ]);
    const [first] = proposals;
    expect(text.slice(first!.start, first!.end)).toBe("Iran and the PMU met, far from Washington.");
    expect(first!.reason).toBe(
      "'Iran' and 'the PMU' in one sentence, 5 characters apart; no unambiguous cue",
    );
  });

  it("names the cue and the distance in the reason", () => {
    expect(propose("Iran backed the PMU.")[0]?.reason).toBe(
      "cue 'backed' → influence/backs; 'Iran' and 'the PMU' 8 characters apart",
    );
  });

  it("makes no proposal for a sentence with one actor, however often named", () => {
    expect(propose("Iran said Tehran would respond. Iran waited.")).toEqual([]);
  });

  it("stays inside the body", () => {
    const teaser = "Iran backed the PMU. ";
    const text = `${teaser}Washington sanctioned Iran. Footer: Iraq and Iran.`;
    const bodyEnd = text.indexOf(" Footer");
    const proposals = propose(text, { bodyStart: teaser.length, bodyEnd });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ subjectId: "united-states", objectId: "iran" });
    expect(proposals[0]!.start).toBe(teaser.length);
  });

  it("keeps a quotation with the sentence that opens it", () => {
    const text = "Keane said of Iran: “They stay. They fund the PMU.”";
    expect(propose(text).map((p) => [p.subjectId, p.objectId])).toContainEqual(["iran", "pmu"]);
  });
});

describe("proposalKey", () => {
  it("is stable, short, and the same in either direction", () => {
    const key = proposalKey("doc-1", 10, 42, "iran", "pmu");
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(proposalKey("doc-1", 10, 42, "iran", "pmu")).toBe(key);
    expect(proposalKey("doc-1", 10, 42, "pmu", "iran")).toBe(key);
  });

  it("differs for another document, span or pair", () => {
    const key = proposalKey("doc-1", 10, 42, "iran", "pmu");
    expect(proposalKey("doc-2", 10, 42, "iran", "pmu")).not.toBe(key);
    expect(proposalKey("doc-1", 11, 42, "iran", "pmu")).not.toBe(key);
    expect(proposalKey("doc-1", 10, 42, "iran", "iraq")).not.toBe(key);
  });
});
