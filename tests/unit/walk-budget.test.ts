import { parentsWithinBudget } from "@/lib/graph/walk-budget";

describe("the parents one hop of the best-first walk expands", () => {
  const parent = (id: string, degree: number) => ({ id, degree });

  it.each([
    ["all of them when they fit", [10, 20, 30], 60, ["a", "b", "c"], 0],
    ["the strongest first, up to the budget", [10, 20, 30], 35, ["a", "b"], 1],
    [
      "past a hub that does not fit, on to the weaker ones",
      [10, 500, 30, 5],
      50,
      ["a", "c", "d"],
      1,
    ],
    ["none when even the first is too large", [100, 200], 50, [], 2],
    ["a parent of degree 0 costs nothing", [0, 50, 0], 50, ["a", "b", "c"], 0],
  ])("%s", (_, degrees, budget, expanded, skipped) => {
    const parents = degrees.map((degree, i) => parent("abcd"[i]!, degree));
    const walked = parentsWithinBudget(parents, budget);
    expect(walked.expand.map((p) => p.id)).toEqual(expanded);
    expect(walked.skipped).toBe(skipped);
  });

  it("keeps each parent as given, in order", () => {
    const parents = [
      { id: "x", degree: 3, elementId: "4:x" },
      { id: "y", degree: 4, elementId: "4:y" },
    ];
    expect(parentsWithinBudget(parents, 10).expand).toEqual(parents);
  });
});
