import { NotFound } from "@/lib/api/errors";
import { compareActors } from "@/lib/analysis/compare";
import { compareQuerySchema } from "@/lib/api/params/analysis";
import { graphOf, rel } from "@/tests/support/signed-graph-fixtures";

const graph = graphOf([
  rel("a", "+", "x"),
  rel("b", "+", "x"),
  rel("a", "-", "y"),
  rel("y", "-", "b"),
  rel("a", "+", "z"),
  rel("z", "-", "b"),
  rel("a", "-", "b"),
  rel("b", "+", "w"),
]);

describe("compareActors", () => {
  const result = compareActors(graph, { a: "a", b: "b" });

  it("lists each actor's allies and adversaries by collapsed sign", () => {
    expect(result.a.allies.map((t) => t.actor.id)).toEqual(["x", "z"]);
    expect(result.a.adversaries.map((t) => t.actor.id)).toEqual(["b", "y"]);
    expect(result.b.allies.map((t) => t.actor.id)).toEqual(["w", "x"]);
    expect(result.direct?.sign).toBe(-1);
  });

  it("classifies shared neighbours by their stance to both", () => {
    expect(result.shared.map((s) => [s.actor.id, s.stance])).toEqual([
      ["x", "allied to both"],
      ["y", "hostile to both"],
      ["z", "split"],
    ]);
  });

  it("answers NotFound naming the field for an unknown actor", () => {
    expect(() => compareActors(graph, { a: "a", b: "nobody" })).toThrow(NotFound);
    expect(() => compareActors(graph, { a: "nobody", b: "a" })).toThrow(
      'No actor with id "nobody" (a)',
    );
  });

  it("rejects the same actor twice", () => {
    const parsed = compareQuerySchema.safeParse({ a: "a", b: "a" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["b"]);
  });
});
