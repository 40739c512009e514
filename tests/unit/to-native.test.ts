import neo4j from "neo4j-driver";
import { toNative } from "@/lib/db/to-native";

describe("driver values to plain JSON values", () => {
  it("turns integers into numbers, and into strings beyond 2^53", () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toNative(BigInt("9007199254740993"))).toBe("9007199254740993");
    expect(toNative(BigInt(7))).toBe(7);
  });

  it("converts inside maps and lists, and keeps primitives and nulls", () => {
    const record = {
      actor: { id: "a", weight: neo4j.int(3), tags: [neo4j.int(1), "x", null], nested: { n: 1.5 } },
      missing: undefined,
      ok: true,
    };
    expect(toNative(record)).toEqual({
      actor: { id: "a", weight: 3, tags: [1, "x", null], nested: { n: 1.5 } },
      missing: null,
      ok: true,
    });
  });

  it("turns temporal values into ISO strings and graph values into plain objects", () => {
    expect(toNative(new neo4j.types.Date(2020, 1, 3))).toBe("2020-01-03");
    const node = new neo4j.types.Node(neo4j.int(1), ["Actor"], { id: "a", n: neo4j.int(2) }, "e1");
    expect(toNative(node)).toEqual({
      elementId: "e1",
      labels: ["Actor"],
      properties: { id: "a", n: 2 },
    });
    const relationship = new neo4j.types.Relationship(
      neo4j.int(5),
      neo4j.int(1),
      neo4j.int(2),
      "INFLUENCES",
      { weight: neo4j.int(3) },
      "r5",
      "e1",
      "e2",
    );
    expect(toNative(relationship)).toEqual({
      elementId: "r5",
      type: "INFLUENCES",
      startNodeElementId: "e1",
      endNodeElementId: "e2",
      properties: { weight: 3 },
    });
  });
});
