import { louvain } from "@/lib/analysis/communities";
import { computeRankings, PAGE_RANK_DAMPING } from "@/lib/analysis/rankings";
import { graphOf, rel } from "@/tests/support/signed-graph-fixtures";

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));

describe("computeRankings on hand-made graphs", () => {
  // a → b → c influence, c ⊣ a hostility, d isolated
  const graph = graphOf(
    [
      rel("a", "+", "b", { weight: 3 }),
      rel("b", "+", "c", { weight: 1 }),
      rel("b", "+", "c", { id: "b+c-2", weight: 2 }),
      rel("c", "-", "a", { weight: 2 }),
    ],
    ["d"],
  );
  const ranks = byId(computeRankings(graph));

  it("counts ties and sums weights given and received", () => {
    expect(ranks.get("b")).toMatchObject({
      influenceGiven: 2,
      influenceGivenWeight: 3,
      influenceReceived: 1,
      influenceReceivedWeight: 3,
      hostilityGiven: 0,
      hostilityReceived: 0,
    });
    expect(ranks.get("c")).toMatchObject({ hostilityGiven: 1, hostilityGivenWeight: 2 });
    expect(ranks.get("a")).toMatchObject({ hostilityReceived: 1, hostilityReceivedWeight: 2 });
    expect(ranks.get("d")).toMatchObject({
      influenceGiven: 0,
      hostilityReceived: 0,
      community: null,
    });
  });

  it("gives betweenness by hand: on the path x–y–z, y lies on the one x–z shortest path", () => {
    const path = byId(computeRankings(graphOf([rel("x", "+", "y"), rel("y", "-", "z")])));
    expect(path.get("y")!.betweenness).toBe(1);
    expect(path.get("y")!.betweennessNormalised).toBe(1);
    expect(path.get("x")!.betweenness).toBe(0);
    // a, b, c form a triangle: nobody brokers anybody
    for (const id of ["a", "b", "c", "d"]) expect(ranks.get(id)!.betweenness).toBe(0);
  });

  it("gives a star's centre every pair of leaves", () => {
    const star = byId(
      computeRankings(graphOf(["l1", "l2", "l3", "l4"].map((l) => rel("hub", "+", l)))),
    );
    expect(star.get("hub")!.betweenness).toBe(6); // C(4,2) leaf pairs
    expect(star.get("hub")!.betweennessNormalised).toBe(1);
  });

  it("matches PageRank computed by hand for a two-node cycle and a sink", () => {
    // p ⇄ q: symmetric, so each holds half
    const cycle = byId(computeRankings(graphOf([rel("p", "+", "q"), rel("q", "+", "p")])));
    expect(cycle.get("p")!.pageRank).toBeCloseTo(0.5, 6);
    // s → t only, t dangling (its walk spreads evenly). Textbook PageRank with damping d:
    // x_s = (1 − d)/2 + d·x_t/2 with x_t = 1 − x_s, so x_s = (1/2) / (1 + d/2).
    const d = PAGE_RANK_DAMPING;
    const xs = 0.5 / (1 + d / 2);
    const sink = byId(computeRankings(graphOf([rel("s", "+", "t")])));
    expect(sink.get("s")!.pageRank).toBeCloseTo(xs, 5);
    expect(sink.get("t")!.pageRank).toBeCloseTo(1 - xs, 5);
  });
});

describe("louvain", () => {
  it("splits two triangles joined by one tie", () => {
    const tri = (x: string, y: string, z: string) => [
      { a: x, b: y, weight: 1 },
      { a: y, b: z, weight: 1 },
      { a: x, b: z, weight: 1 },
    ];
    const clusters = louvain([
      ...tri("a", "b", "c"),
      ...tri("d", "e", "f"),
      { a: "c", b: "d", weight: 1 },
    ]);
    expect(clusters.sort()).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
  });

  it("keeps a single clique together", () => {
    expect(louvain([{ a: "a", b: "b", weight: 2 }])).toEqual([["a", "b"]]);
  });
});
