import { analyseBalance } from "@/lib/analysis/balance";
import { splitBlocs, type SignedTie } from "@/lib/analysis/bloc-split";
import { signedPairs } from "@/lib/analysis/signed-pairs";
import { graphOf, rel } from "@/tests/support/signed-graph-fixtures";

describe("collapsing ties into one sign per pair", () => {
  it("sums signed weights in both directions; an exact tie is contested", () => {
    const pairs = signedPairs(
      graphOf([
        rel("a", "+", "b", { weight: 3 }),
        rel("b", "-", "a", { weight: 1 }),
        rel("a", "-", "c", { weight: 2 }),
        rel("c", "+", "a", { weight: 2 }),
      ]),
    );
    expect(pairs.map((p) => [p.a, p.b, p.net, p.sign, p.relationships.length])).toEqual([
      ["a", "b", 2, 1, 2],
      ["a", "c", 0, 0, 2],
    ]);
  });
});

describe("triads (Cartwright & Harary 1956)", () => {
  it.each([
    ["+++", ["+", "+", "+"], true],
    ["+−−", ["+", "-", "-"], true],
    ["++−", ["+", "+", "-"], false],
    ["−−−", ["-", "-", "-"], false],
  ] as const)("classifies %s", (pattern, [ab, bc, ac], balanced) => {
    const report = analyseBalance(
      graphOf([rel("a", ab, "b"), rel("b", bc, "c"), rel("a", ac, "c")]),
    );
    expect(report.triads).toHaveLength(1);
    expect(report.triads[0]).toMatchObject({ pattern, balanced });
    expect(report.balancedTriads + report.strainedTriads).toBe(1);
    for (const actor of report.actors) expect(actor.crossPressure).toBe(balanced ? 0 : 1);
  });

  it("carries each tie's relationships and citations", () => {
    const report = analyseBalance(
      graphOf([rel("a", "+", "b"), rel("b", "+", "c"), rel("c", "-", "a")]),
    );
    const [triad] = report.triads;
    expect(triad!.ties.flatMap((t) => t.relationships.map((r) => r.id)).sort()).toEqual(
      ["a+b", "b+c", "c-a"].sort(),
    );
    expect(triad!.ties[0]!.relationships[0]!.citations[0]!.text).toBe("quote for a+b");
  });

  it("counts cross-pressure per actor and leaves out open triples and contested pairs", () => {
    // Two strained triangles sharing the edge a–b, one open triple b–c–x, one contested pair.
    const report = analyseBalance(
      graphOf([
        rel("a", "+", "b"),
        rel("b", "+", "c"),
        rel("a", "-", "c"),
        rel("a", "+", "d"),
        rel("b", "-", "d"),
        rel("c", "+", "x"),
        rel("x", "+", "y"),
        rel("y", "-", "x"),
      ]),
    );
    expect(report.triads).toHaveLength(2);
    expect(report.strainedTriads).toBe(2);
    const pressure = Object.fromEntries(report.actors.map((a) => [a.id, a.crossPressure]));
    expect(pressure).toEqual({ a: 2, b: 2, c: 1, d: 1, x: 0 });
    expect(report.contested.map((p) => `${p.a}|${p.b}`)).toEqual(["x|y"]);
  });
});

describe("two-bloc split and frustration", () => {
  const ids = (s: string) => s.split("");

  it("finds the perfect split of a balanced graph (Harary's structure theorem)", () => {
    // Friends within {a,b,c} and within {d,e}; enemies across.
    const report = analyseBalance(
      graphOf([
        rel("a", "+", "b"),
        rel("b", "+", "c"),
        rel("a", "+", "c"),
        rel("d", "+", "e"),
        rel("a", "-", "d"),
        rel("c", "-", "e"),
        rel("b", "-", "e"),
      ]),
    );
    expect(report.frustration).toBe(0);
    expect(report.distanceFromBalance).toBe(0);
    expect(report.triadBalanceRatio).toBe(1);
    expect(report.blocs.map((b) => b.map((a) => a.id).sort())).toEqual([ids("abc"), ids("de")]);
  });

  it("needs one broken tie for a triangle of three enemies", () => {
    const report = analyseBalance(
      graphOf([rel("a", "-", "b"), rel("b", "-", "c"), rel("a", "-", "c")]),
    );
    expect(report.frustration).toBe(1);
    expect(report.frustratedTies).toHaveLength(1);
    expect(report.distanceFromBalance).toBeCloseTo(2 / 3);
  });

  it("agrees with exhaustive search when it falls back to local search", () => {
    // A deterministic pseudo-random signed graph on 14 nodes.
    const nodes = Array.from({ length: 14 }, (_, i) => `n${String(i).padStart(2, "0")}`);
    const ties: SignedTie[] = [];
    let x = 7;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        if (x % 3 === 0) ties.push({ a: nodes[i]!, b: nodes[j]!, sign: x % 2 === 0 ? 1 : -1 });
      }
    }
    const exact = splitBlocs(nodes, ties, 20);
    const heuristic = splitBlocs(nodes, ties, 0);
    expect(exact.method).toBe("exhaustive");
    expect(heuristic.method).toBe("local-search");
    expect(heuristic.frustrated.length).toBe(exact.frustrated.length);
  });

  it("is deterministic", () => {
    const ties: SignedTie[] = [
      { a: "a", b: "b", sign: -1 },
      { a: "b", b: "c", sign: -1 },
      { a: "c", b: "a", sign: -1 },
    ];
    const first = splitBlocs(ids("abc"), ties, 0);
    expect(splitBlocs(ids("abc"), ties, 0)).toEqual(first);
    expect(first.side.get("a")).toBe(0);
  });
});
