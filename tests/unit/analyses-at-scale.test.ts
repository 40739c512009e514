import { analysisGraphOf, pairCsr } from "@/lib/analysis/analysis-graph";
import { analyseBalance } from "@/lib/analysis/balance";
import { analyseBalanceAtScale } from "@/lib/analysis/balance-at-scale";
import { betweenness, sampledErrorBound } from "@/lib/analysis/centrality";
import { computeRankings } from "@/lib/analysis/rankings";
import { computeRankingsAtScale } from "@/lib/analysis/rankings-at-scale";
import { generatedGraph } from "@/tests/support/signed-graph-fixtures";

describe("the whole-graph rankings agree with the exact ones (computeRankings)", () => {
  const graph = generatedGraph(400);
  const exact = computeRankings(graph);
  const { actors: scaled, betweennessMethod } = computeRankingsAtScale(analysisGraphOf(graph));

  it("has every actor in id order, the same counts and communities", () => {
    expect(betweennessMethod).toEqual({ kind: "exact", algorithm: "brandes" });
    expect(scaled.map((a) => a.id)).toEqual(exact.map((a) => a.id));
    scaled.forEach((actor, i) => {
      const { pageRank, betweenness: b, betweennessNormalised, ...counts } = actor;
      const reference = exact[i]!;
      const {
        pageRank: rank,
        betweenness: between,
        betweennessNormalised: norm,
        ...same
      } = reference;
      expect(counts).toEqual(same);
      // Cytoscape stops at its own precision (about 1e-9 here).
      expect(pageRank).toBeCloseTo(rank, 8);
      expect(b).toBeCloseTo(between, 6);
      expect(betweennessNormalised).toBeCloseTo(norm, 9);
      expect(b).toBeCloseTo(reference.betweenness, 6);
    });
  });
});

describe("sampled betweenness (Brandes–Pich pivots)", () => {
  const graph = analysisGraphOf(generatedGraph(2_000));
  const csr = pairCsr(graph);
  const n = graph.actors.length;
  const exact = betweenness(csr, n);
  const maxPairs = ((n - 1) * (n - 2)) / 2;

  it.each([100, 400])("stays within the stated bound with %i sources", (k) => {
    const sampled = betweenness(csr, k);
    const bound = sampledErrorBound(n, k, 0.95);
    let worst = 0;
    for (let v = 0; v < n; v++) {
      worst = Math.max(worst, Math.abs(sampled[v]! - exact[v]!) / maxPairs);
    }
    expect(worst).toBeLessThanOrEqual(bound);
    // The estimator is unbiased: the totals agree closely, whatever the bound allows per actor.
    const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
    expect(Math.abs(sum(sampled) - sum(exact)) / sum(exact)).toBeLessThan(0.05);
  });

  it("is exact when every actor is a source", () => {
    expect(sampledErrorBound(n, n, 0.95)).toBe(0);
  });
});

describe("balance on the whole graph agrees with analyseBalance", () => {
  const graph = generatedGraph(300);
  const exact = analyseBalance(graph);
  const scaled = analyseBalanceAtScale(analysisGraphOf(graph), undefined, 10_000);

  it("counts the same triads, ties and cross-pressure", () => {
    expect(scaled).toMatchObject({
      balancedTriads: exact.balancedTriads,
      strainedTriads: exact.strainedTriads,
      triadBalanceRatio: exact.triadBalanceRatio,
      signedTies: exact.signedTies,
      method: exact.method,
    });
    expect(scaled.contested.length).toBe(exact.contested.length);
    const pressure = (r: typeof exact) =>
      Object.fromEntries(r.actors.map((a) => [a.id, a.crossPressure]));
    expect(pressure(scaled)).toEqual(pressure(exact));
    const key = (t: (typeof exact.triads)[number]) => t.actors.map((a) => a.id).join("|");
    expect(scaled.triads.map(key).sort()).toEqual(exact.triads.map(key).sort());
  });

  it("lists at most the limit and says how many there are", () => {
    const cut = analyseBalanceAtScale(analysisGraphOf(graph), undefined, 5);
    expect(cut.triads).toHaveLength(5);
    expect(cut.triads.every((t) => !t.balanced)).toBe(exact.strainedTriads >= 5);
    expect(cut.listed).toMatchObject({
      limit: 5,
      triads: exact.triads.length,
      actors: exact.actors.length,
    });
  });
});
