import fc from "fast-check";
import neo4j from "neo4j-driver";
import { deserializeValue } from "@/lib/values/deserialize";
import { serializeValue } from "@/lib/values/serialize";

const { types, int } = neo4j;

const alice = new types.Node(
  int(1),
  ["Actor", "Person"],
  { name: "Alice", weight: int(3) },
  "4:a:1",
);
const bob = new types.Node(int(2), ["Actor"], { name: "Bob" }, "4:a:2");
const knows = new types.Relationship(
  int(7),
  int(1),
  int(2),
  "INFLUENCES",
  { weight: 2.5 },
  "5:a:7",
  "4:a:1",
  "4:a:2",
);

describe("serializeValue", () => {
  it.each([
    ["null", null, null],
    ["true", true, true],
    ["a string, untouched", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
    ["a safe integer as a JSON number", int(42), 42],
    ["the largest safe integer", int("9007199254740991"), 9007199254740991],
    [
      "2^53 + 1 exactly, tagged",
      int("9007199254740993"),
      { $type: "Integer", value: "9007199254740993" },
    ],
    [
      "the smallest 64-bit integer",
      int("-9223372036854775808"),
      { $type: "Integer", value: "-9223372036854775808" },
    ],
    ["a float that looks whole", 1, { $type: "Float", value: 1 }],
    ["a float", 0.1, { $type: "Float", value: 0.1 }],
    ["NaN", NaN, { $type: "Float", value: "NaN" }],
    ["-Infinity", -Infinity, { $type: "Float", value: "-Infinity" }],
    ["negative zero", -0, { $type: "Float", value: "-0" }],
    ["a list of mixed values", [int(1), "a", null], [1, "a", null]],
    ["a map", { a: int(1), $type: "x" }, { $type: "Map", value: { a: 1, $type: "x" } }],
    ["bytes", new Int8Array([1, -1]), { $type: "Bytes", value: "Af8=" }],
    [
      "a date",
      new types.Date(int(2024), int(2), int(29)),
      { $type: "Date", value: "2024-02-29", year: 2024, month: 2, day: 29 },
    ],
    [
      "a datetime with a named zone",
      new types.DateTime(
        int(2024),
        int(1),
        int(2),
        int(3),
        int(4),
        int(5),
        int(123456789),
        int(3600),
        "Europe/Paris",
      ),
      {
        $type: "DateTime",
        value: "2024-01-02T03:04:05.123456789+01:00[Europe/Paris]",
        year: 2024,
        month: 1,
        day: 2,
        hour: 3,
        minute: 4,
        second: 5,
        nanosecond: 123456789,
        offsetSeconds: 3600,
        zoneId: "Europe/Paris",
      },
    ],
    [
      "a time with an offset",
      new types.Time(int(12), int(0), int(0), int(500000000), int(7200)),
      {
        $type: "Time",
        value: "12:00:00.500000000+02:00",
        hour: 12,
        minute: 0,
        second: 0,
        nanosecond: 500000000,
        offsetSeconds: 7200,
      },
    ],
    [
      "a duration",
      new types.Duration(int(14), int(3), int(14706), int(700000000)),
      {
        $type: "Duration",
        value: "P1Y2M3DT4H5M6.700000000S",
        months: "14",
        days: "3",
        seconds: "14706",
        nanoseconds: "700000000",
      },
    ],
    [
      "a 3D point",
      new types.Point(int(4979), 1, 2, 3),
      { $type: "Point", srid: 4979, x: 1, y: 2, z: 3 },
    ],
    [
      "a node",
      alice,
      {
        $type: "Node",
        id: "1",
        elementId: "4:a:1",
        labels: ["Actor", "Person"],
        properties: { name: "Alice", weight: 3 },
      },
    ],
  ])("%s", (_name, value, expected) => {
    expect(serializeValue(value)).toEqual(expected);
    expect(deserializeValue(serializeValue(value))).toEqual(value);
  });

  it("serializes a path as its nodes and relationships in order", () => {
    const path = new types.Path(alice, bob, [new types.PathSegment(alice, knows, bob)]);
    const json = serializeValue(path);
    expect(json).toMatchObject({
      $type: "Path",
      nodes: [{ elementId: "4:a:1" }, { elementId: "4:a:2" }],
      relationships: [
        {
          type: "INFLUENCES",
          startNodeElementId: "4:a:1",
          properties: { weight: { $type: "Float", value: 2.5 } },
        },
      ],
    });
    expect(deserializeValue(json)).toEqual(path);
  });

  it("keeps every integer and float exact through JSON (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        fc.double(),
        (big, float) => {
          const value = [int(big.toString()), float];
          const wire = JSON.parse(JSON.stringify(serializeValue(value)));
          expect(deserializeValue(wire)).toEqual(value);
        },
      ),
    );
  });

  it("keeps nested maps and lists of strings exact through JSON (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.array(fc.oneof(fc.string(), fc.boolean(), fc.constant(null))),
        ),
        (map) => {
          const wire = JSON.parse(JSON.stringify(serializeValue(map)));
          expect(deserializeValue(wire)).toEqual(map);
        },
      ),
    );
  });
});
