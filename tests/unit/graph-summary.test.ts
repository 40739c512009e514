import { detectCommunities, summarise, weightedDegrees } from "@/lib/summary/summarise";
import { FAMILY_CODES, type TieGraph } from "@/lib/summary/tie-graph";

const { influence, hostility, membership } = FAMILY_CODES;

/**
 * Two camps of four, each a ring of influence with a chord, one membership inside the first, two
 * hostile ties between the camps, and an actor with only a hostile tie: communities are the camps.
 */
function camps(): TieGraph {
  const ids = ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "loner"];
  const ties: Array<[number, number, number, number]> = [
    // [source, target, family, weight]
    [0, 1, influence, 3],
    [1, 2, influence, 2],
    [2, 3, influence, 2],
    [3, 0, influence, 1],
    [0, 2, membership, 1],
    [4, 5, influence, 3],
    [5, 6, influence, 3],
    [6, 7, influence, 1],
    [7, 4, influence, 2],
    [5, 7, influence, 1],
    [0, 4, hostility, 3],
    [1, 5, hostility, 1],
    [8, 0, hostility, 2],
  ];
  return {
    ids,
    names: ids.map((id) => id.toUpperCase()),
    kinds: ids.map(() => "person"),
    source: ties.map((t) => t[0]),
    target: ties.map((t) => t[1]),
    family: ties.map((t) => t[2] as TieGraph["family"][number]),
    weight: ties.map((t) => t[3]),
  };
}

describe("the large-graph summary", () => {
  it("scores actors by weighted degree, a membership counting 2", () => {
    // a1: 3 (a2) + 1 (a4) + 2 (membership) + 3 (b1) + 2 (loner) = 11
    expect(Array.from(weightedDegrees(camps()))).toEqual([11, 6, 6, 3, 8, 8, 4, 4, 2]);
  });

  it("finds the two camps and leaves the actor with only a hostile tie out", () => {
    const raw = detectCommunities(camps());
    expect(new Set([raw[0], raw[1], raw[2], raw[3]]).size).toBe(1);
    expect(new Set([raw[4], raw[5], raw[6], raw[7]]).size).toBe(1);
    expect(raw[0]).not.toBe(raw[4]);
    expect(raw[8]).toBe(-1);
  });

  it("numbers communities by size, folds the small and untied into 0, and counts ties", () => {
    const result = summarise(camps());
    expect(result.communities.map((c) => [c.id, c.size, c.internalTies])).toEqual([
      [1, 4, 5],
      [2, 4, 5],
      [0, 1, 0],
    ]);
    // Equal sizes: the camp whose raw community number is lower comes first; a1 leads the A camp.
    const first = result.members.get(1)!;
    const camp = first.includes("a1") ? "a" : "b";
    expect(first.every((id) => id.startsWith(camp))).toBe(true);
    const ofA = camp === "a" ? 1 : 2;
    const ofB = 3 - ofA;
    expect(result.members.get(ofA)).toEqual(["a1", "a2", "a3", "a4"]);
    expect(result.members.get(ofB)).toEqual(["b1", "b2", "b3", "b4"]);
    expect(result.members.get(0)).toEqual(["loner"]);
    expect(result.ties).toEqual(
      [
        { source: 0, target: ofA, influence: 0, hostility: 1, membership: 0 },
        {
          source: Math.min(ofA, ofB),
          target: Math.max(ofA, ofB),
          influence: 0,
          hostility: 2,
          membership: 0,
        },
      ].sort((x, y) => x.source - y.source || x.target - y.target),
    );
    expect(result.topActors.map((a) => [a.id, a.score])).toEqual([
      ["a1", 11],
      ["b1", 8],
      ["b2", 8],
      ["a2", 6],
      ["a3", 6],
      ["b3", 4],
      ["b4", 4],
      ["a4", 3],
      ["loner", 2],
    ]);
    expect(result.communities[0]!.leaders.length).toBeLessThanOrEqual(3);
  });

  it("gives the same communities for the same graph every time", () => {
    expect(summarise(camps()).members).toEqual(summarise(camps()).members);
  });
});
