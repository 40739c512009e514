import { collapsePaths, type RawPath } from "@/lib/analysis/path-shape";
import { footnotedParagraph, pathChain } from "@/lib/analysis/path-text";
import { rel } from "@/tests/support/signed-graph-fixtures";

const actor = (id: string, name: string) => ({ id, name, kind: "state" });
const IRAN = actor("iran", "Iran");
const PMU = actor("pmu", "PMU");
const US = actor("us", "US forces");
const SUNNIS = actor("sunnis", "Iraqi Sunnis");

describe("collapsePaths", () => {
  const backs = rel("iran", "+", "pmu", { id: "backs", weight: 3, kind: "backs" });
  const encourages = rel("iran", "+", "pmu", { id: "encourages", weight: 2, kind: "encourages" });
  const attacks = rel("pmu", "-", "us", { id: "attacks", kind: "attacks" });
  const opposes = rel("sunnis", "-", "iran", { id: "opposes", kind: "opposes" });
  const supports = rel("sunnis", "+", "us", { id: "supports", weight: 1, kind: "supports" });
  const raw: RawPath[] = [
    { nodes: [IRAN, PMU, US], relationships: [encourages, attacks] },
    { nodes: [IRAN, PMU, US], relationships: [backs, attacks] },
    { nodes: [IRAN, SUNNIS, US], relationships: [opposes, supports] },
  ];

  it("merges parallel ties into the strongest and orders by length then weight", () => {
    const paths = collapsePaths(raw, 3);
    expect(paths).toHaveLength(2);
    expect(paths[0]!.relationships.map((r) => [r.id, r.parallelIds])).toEqual([
      ["backs", ["encourages"]],
      ["attacks", []],
    ]);
    expect(paths[0]).toMatchObject({ length: 2, hostileHops: 1 });
    expect(paths[1]!.relationships.map((r) => [r.id, r.forward])).toEqual([
      ["opposes", false],
      ["supports", true],
    ]);
    expect(paths[1]).toMatchObject({ length: 2, hostileHops: 1 });
  });

  it("keeps at most k", () => {
    expect(collapsePaths(raw, 1)).toHaveLength(1);
  });

  it("renders a chain with arrows the way each tie points", () => {
    const [first, second] = collapsePaths(raw, 3);
    expect(pathChain(first!)).toBe("Iran —backs→ PMU —attacks→ US forces");
    expect(pathChain(second!)).toBe("Iran ←opposes— Iraqi Sunnis —supports→ US forces");
  });

  it("writes a footnoted paragraph with every hop's quotes and document", () => {
    const [, second] = collapsePaths(raw, 3);
    const { paragraph, footnotes, text } = footnotedParagraph(second!);
    expect(paragraph).toBe(
      "Iran is linked to US forces in 2 steps (1 hostile): Iraqi Sunnis opposes Iran[1]; Iraqi Sunnis supports US forces[2].",
    );
    expect(footnotes).toEqual([
      "[1] “quote for opposes” — A document.",
      "[2] “quote for supports” — A document.",
    ]);
    expect(text).toBe([paragraph, "", ...footnotes].join("\n"));
  });
});
