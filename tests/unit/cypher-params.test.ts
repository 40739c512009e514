import neo4j from "neo4j-driver";
import { badRequestFrom } from "@/lib/api/errors";
import { cypherParamsSchema } from "@/lib/cypher/param-schema";
import { paramsFromJson } from "@/lib/cypher/params";

const problem = (params: unknown) => {
  const parsed = cypherParamsSchema.safeParse(params);
  return parsed.success ? null : badRequestFrom(parsed.error, "field").message;
};

describe("query parameters", () => {
  it.each([
    ["plain JSON", { id: "iran", n: 3, list: [1, "a", null], map: { a: { b: true } } }],
    ["a tagged integer beyond 2^53", { n: { $type: "Integer", value: "9007199254740993" } }],
    [
      "a tagged float and date",
      { f: { $type: "Float", value: "NaN" }, d: { $type: "Date", year: 2020, month: 1, day: 3 } },
    ],
    ["a map whose $type is not a string", { m: { $type: 5, x: 1 } }],
  ])("accepts %s", (_name, params) => {
    expect(problem(params)).toBeNull();
  });

  it.each([
    ["not an object", [1], "Invalid field: (root): Invalid input: expected record, received array"],
    [
      "an unknown $type",
      { a: [{ $type: "Bogus" }] },
      "Invalid field: a.0.$type: $type must be one of Integer, Float, Map, Bytes, Date, LocalTime, Time, LocalDateTime, DateTime, Duration, Point (nodes, relationships and paths cannot be parameters)",
    ],
    [
      "a node",
      { a: { $type: "Node", id: "1", labels: [], properties: {} } },
      expect.stringContaining("a.$type: $type must be one of"),
    ],
    [
      "a tagged integer without a value",
      { n: { $type: "Integer" } },
      expect.stringContaining("n.value:"),
    ],
    [
      "an integer that is not a decimal string",
      { n: { $type: "Integer", value: "-5e-324" } },
      "Invalid field: n.value: must be a decimal integer string",
    ],
    [
      "an integer beyond 64 bits",
      { n: { $type: "Integer", value: "9223372036854775808" } },
      "Invalid field: n.value: must fit in 64 bits",
    ],
    ["an unsafe plain integer", { n: 1e300 }, expect.stringContaining("n: a whole number beyond")],
    [
      "a DateTime with neither offset nor zone",
      {
        t: {
          $type: "DateTime",
          year: 2020,
          month: 1,
          day: 1,
          hour: 0,
          minute: 0,
          second: 0,
          nanosecond: 0,
        },
      },
      expect.stringContaining("t: needs offsetSeconds or zoneId"),
    ],
  ])("refuses %s, naming where", (_name, params, message) => {
    expect(problem(params)).toEqual(message);
  });

  it("turns the driver's own range checks into a 400 naming the parameter", () => {
    const params = { d: { $type: "Date", year: 2020, month: 13, day: 1 } };
    expect(problem(params)).toBeNull();
    expect(() => paramsFromJson(params)).toThrow(
      expect.objectContaining({
        status: 400,
        message: expect.stringMatching(/^Invalid field: params\.d: .*[Mm]onth/),
      }),
    );
  });

  it("converts whole numbers to INTEGERs and tagged values to driver values", () => {
    const converted = paramsFromJson({
      n: 3,
      f: 1.5,
      big: { $type: "Integer", value: "9007199254740993" },
    });
    expect(converted.n).toEqual(neo4j.int(3));
    expect(converted.f).toBe(1.5);
    expect(String(converted.big)).toBe("9007199254740993");
  });
});
