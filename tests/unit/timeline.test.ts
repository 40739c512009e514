import { comparePeriods, monthlyCounts } from "@/lib/analysis/timeline";
import { timelineQuerySchema } from "@/lib/api/params/analysis";
import { dated as on, graphOf, rel } from "@/tests/support/signed-graph-fixtures";

const graph = graphOf([
  rel("a", "+", "b", on("2020-01-05")),
  rel("a", "-", "b", { ...on("2020-02-10"), id: "a-b-feb" }),
  rel("c", "+", "d", on("2020-01-01", "2020-01-31")),
  rel("e", "-", "f", on("2020-02-15")),
  rel("g", "+", "h", on("2020-01-20", "2020-02-20")),
  rel("x", "+", "y"),
]);

describe("comparing two periods", () => {
  const result = comparePeriods(graph, { before: "2020-01", after: "2020-02" });
  const ids = (changes: typeof result.appeared) =>
    changes.map((c) => c.actors.map((a) => a.id).join("|"));

  it("finds what appeared, disappeared and flipped", () => {
    expect(ids(result.appeared)).toEqual(["e|f"]);
    expect(ids(result.disappeared)).toEqual(["c|d"]);
    expect(ids(result.flipped)).toEqual(["a|b"]);
    expect(result.flipped[0]).toMatchObject({ before: 1, after: -1 });
    expect(result.flipped[0]!.relationships.map((r) => r.id)).toEqual(["a-b-feb", "a+b"]);
  });

  it("keeps ties spanning both periods out of the changes and counts undated ties", () => {
    expect([
      ...ids(result.appeared),
      ...ids(result.disappeared),
      ...ids(result.flipped),
    ]).not.toContain("g|h");
    expect(result.undated).toBe(1);
  });

  it("accepts day and year periods", () => {
    const days = comparePeriods(graph, { before: "2020-01-05", after: "2020-02-15" });
    expect(ids(days.flipped)).toEqual([]);
    expect(ids(days.appeared)).toEqual(["e|f", "g|h"]);
  });

  it("rejects a malformed period, naming the field", () => {
    const parsed = timelineQuerySchema.safeParse({ before: "2020-13", after: "2020-02" });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["before"]]);
  });
});

describe("monthly counts", () => {
  it("counts dated ties by starting month and family", () => {
    expect(monthlyCounts(graph)).toEqual([
      { month: "2020-01", influence: 3, hostility: 0 },
      { month: "2020-02", influence: 0, hostility: 2 },
    ]);
  });
});
