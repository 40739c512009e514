import { resultCsv } from "@/lib/cypher/csv";
import { cypherTypeOf, formatValue } from "@/lib/cypher/format";
import { resultGraphElements } from "@/lib/cypher/result-graph";
import type { CypherJson, NodeJson, RelationshipJson } from "@/lib/values/cypher-json";

const iran: NodeJson = {
  $type: "Node",
  id: "1",
  elementId: "n1",
  labels: ["Actor", "State"],
  properties: { name: "Iran", kind: "state" },
};
const us: NodeJson = {
  ...iran,
  id: "2",
  elementId: "n2",
  properties: { name: "United States", kind: "state" },
};
const hostile: RelationshipJson = {
  $type: "Relationship",
  id: "9",
  elementId: "r9",
  type: "HOSTILE_TO",
  startNodeId: "1",
  endNodeId: "2",
  startNodeElementId: "n1",
  endNodeElementId: "n2",
  properties: { weight: 3 },
};

describe("formatValue", () => {
  it.each<[string, CypherJson, string]>([
    ["null", null, "null"],
    ["a top-level string, bare", "Iran", "Iran"],
    ["an integer", 42, "42"],
    ["a big integer", { $type: "Integer", value: "9007199254740993" }, "9007199254740993"],
    ["a whole float, with its point", { $type: "Float", value: 1 }, "1.0"],
    ["a float", { $type: "Float", value: 0.25 }, "0.25"],
    ["NaN", { $type: "Float", value: "NaN" }, "NaN"],
    ["a list, strings quoted", ["a", 1, null], '["a", 1, null]'],
    ["a map", { $type: "Map", value: { a: "x", b: [true] } }, '{a: "x", b: [true]}'],
    ["a node", iran, '(:Actor:State {name: "Iran", kind: "state"})'],
    ["a relationship", hostile, "[:HOSTILE_TO {weight: 3}]"],
    [
      "a path, with directions",
      { $type: "Path", nodes: [us, iran], relationships: [hostile] },
      '(:Actor:State {name: "United States", kind: "state"})<-[:HOSTILE_TO {weight: 3}]-(:Actor:State {name: "Iran", kind: "state"})',
    ],
    ["a point", { $type: "Point", srid: 7203, x: 1.5, y: 2 }, "point({srid: 7203, x: 1.5, y: 2})"],
  ])("%s", (_name, value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it("names Cypher types", () => {
    expect([1, "s", null, { $type: "Float", value: 1 } as CypherJson].map(cypherTypeOf)).toEqual([
      "INTEGER",
      "STRING",
      "NULL",
      "FLOAT",
    ]);
  });
});

describe("resultCsv", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(
      resultCsv(
        ["name", "note"],
        [
          ["Iran", 'says "no", then\nyes'],
          ['=HYPERLINK("x")', { $type: "Float", value: 2 }],
        ],
      ),
    ).toBe('name,note\r\nIran,"says ""no"", then\nyes"\r\n"\'=HYPERLINK(""x"")",2.0\r\n');
  });

  it("prefixes strings that look like formulas, never values printed from other types", () => {
    expect(
      resultCsv(["s", "f", "i", "d"], [["-x\n\ny", { $type: "Float", value: -1.5 }, -3, null]]),
    ).toBe('s,f,i,d\r\n"\'-x\n\ny",-1.5,-3,null\r\n');
  });
});

describe("resultGraphElements", () => {
  it("collects nodes and relationships from anywhere in the rows, once each", () => {
    const rows: CypherJson[][] = [
      [iran, hostile],
      [{ $type: "Path", nodes: [iran, us], relationships: [hostile] }, [iran]],
      [{ $type: "Map", value: { n: us } }, "text"],
    ];
    expect(resultGraphElements(rows)).toEqual({
      nodes: [
        { id: "n1", label: "Iran", labels: "Actor:State", kind: "state" },
        { id: "n2", label: "United States", labels: "Actor:State", kind: "state" },
      ],
      edges: [
        {
          id: "r9",
          source: "n1",
          target: "n2",
          type: "HOSTILE_TO",
          family: "hostility",
          weight: 3,
        },
      ],
    });
  });

  it("adds placeholders for the ends of a relationship returned alone", () => {
    expect(resultGraphElements([[hostile]]).nodes.map((n) => n.id)).toEqual(["n1", "n2"]);
  });

  it("finds no graph in plain values", () => {
    expect(resultGraphElements([[1, "a", null]])).toEqual({ nodes: [], edges: [] });
  });
});
