import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { toCsv } from "@/lib/export/csv";
import { exportFile, exportFilename } from "@/lib/export/export-file";
import type { ExportEdge, ExportGraph } from "@/lib/export/export-graph";
import { toGraphml } from "@/lib/export/graphml";
import { mdText, toMarkdown } from "@/lib/export/markdown";

// Text that breaks naive CSV, XML and Markdown writers.
const HOSTILE = [
  'He said, "leave", then left',
  "line one\nline two\r\nline three",
  '=HYPERLINK("http://evil","click")',
  "+1 -1 @SUM(A1)",
  "-starts with a minus",
  "<script>alert('x')</script> & &amp; ]]>",
  "*bold* _under_ [link](http://x) `code` | pipe ~strike~ ^sup \\ back",
  "nul\u0000 bell\u0007 lone\uD800 surrogate",
];

function edge(id: string, text: string, overrides: Partial<ExportEdge> = {}): ExportEdge {
  return {
    id,
    source: "a",
    sourceName: 'A, "the first"',
    target: "b",
    targetName: "B <b>",
    family: "hostility",
    kind: "demands-withdrawal-of",
    weight: 2,
    summary: text,
    dateStart: "2020-01-01",
    dateEnd: "2020-01-31",
    dateLabel: "early January",
    yearInferred: true,
    claimCount: 3,
    sourceCount: 2,
    independentSourceCount: 1,
    contested: true,
    citations: [
      {
        passageId: `d:${id}-1`,
        documentId: "d",
        documentTitle: "Doc, *one*",
        text,
        start: 0,
        end: 9,
      },
      {
        passageId: `d:${id}-2`,
        documentId: "d",
        documentTitle: "Doc, *one*",
        text: "plain",
        start: 20,
        end: 25,
      },
    ],
    ...overrides,
  };
}

const GRAPH: ExportGraph = {
  slug: "focus-a",
  title: "A & B",
  query: { focus: "a" },
  truncated: false,
  metricNames: ["degree", "distance"],
  nodes: [
    { id: "a", name: 'A, "the first"', kind: "state", metrics: { degree: 2, distance: 0 } },
    { id: "b", name: "B <b>", kind: "person", metrics: { degree: 2, distance: null } },
  ],
  edges: [
    ...HOSTILE.map((text, i) => edge(`e${i}`, text)),
    edge("m", "member", { family: "membership", kind: "member-of", weight: null }),
  ],
};

type Row = Record<string, string>;

describe("CSV export", () => {
  const rows = parseCsv(toCsv(GRAPH, "edges"), { columns: true }) as Row[];

  it("quotes commas, quotes and line breaks so that every row parses back whole", () => {
    expect(rows).toHaveLength(GRAPH.edges.length);
    expect(rows.map((row) => row.id)).toEqual(GRAPH.edges.map((e) => e.id));
    rows.forEach((row, i) => {
      expect(row.sourceName).toBe('A, "the first"');
      const text = HOSTILE[i];
      if (text === undefined) return;
      // A lone surrogate cannot be written in UTF-8: it becomes U+FFFD, as in any UTF-8 file.
      const utf8 = text.replace(/\uD800/g, "\uFFFD");
      const expected = /^[=+\-@]/.test(utf8) ? `'${utf8}` : utf8;
      expect(row.summary).toBe(expected);
      expect(row.passages).toBe(`${expected}\n\nplain`);
    });
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const formulas = rows.flatMap((row) => Object.values(row)).filter((v) => /^[=+\-@]/.test(v));
    expect(formulas).toEqual([]);
    expect(rows[2]!.summary).toBe('\'=HYPERLINK("http://evil","click")');
  });

  it("writes RFC 4180 line ends, a header row, and empty cells for nulls", () => {
    const text = toCsv(GRAPH, "nodes");
    expect(text.startsWith("id,label,kind,degree,distance\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const nodes = parseCsv(text, { columns: true }) as Row[];
    expect(nodes[1]).toEqual({
      id: "b",
      label: "B <b>",
      kind: "person",
      degree: "2",
      distance: "",
    });
    expect(rows.at(-1)).toMatchObject({ family: "membership", weight: "" });
  });

  it("carries the evidence's counts after the passage columns", () => {
    const header = toCsv(GRAPH, "edges").split("\r\n")[0]!;
    expect(
      header.endsWith(",passageIds,claimCount,sourceCount,independentSourceCount,contested"),
    ).toBe(true);
    expect(rows[0]).toMatchObject({
      claimCount: "3",
      sourceCount: "2",
      independentSourceCount: "1",
      contested: "true",
    });
  });
});

describe("GraphML export", () => {
  const xml = toGraphml(GRAPH);
  const parsed = parseGraphml(MultiDirectedGraph, xml);

  it("is well-formed XML whose every value survives a GraphML parser", () => {
    expect(parsed.order).toBe(2);
    expect(parsed.size).toBe(GRAPH.edges.length);
    expect(parsed.getNodeAttributes("a")).toEqual({
      label: 'A, "the first"',
      name: 'A, "the first"',
      kind: "state",
      degree: 2,
      distance: 0,
    });
    HOSTILE.forEach((text, i) => {
      const expected = text.replace(/[\u0000\u0007\uD800]/g, "");
      expect(parsed.getEdgeAttribute(`e${i}`, "summary")).toBe(expected);
    });
  });

  it("declares a typed key for every attribute and writes directed edges", () => {
    for (const name of [
      "label",
      "kind",
      "family",
      "weight",
      "dateStart",
      "citationCount",
      "independentSourceCount",
      "contested",
    ]) {
      expect(xml).toMatch(
        new RegExp(`<key id="[ne]_${name}" for="(node|edge)" attr.name="${name}"`),
      );
    }
    expect(xml).toContain('edgedefault="directed"');
    expect(parsed.getEdgeAttributes("e0")).toMatchObject({
      weight: 2,
      yearInferred: true,
      citationCount: 2,
      dateStart: "2020-01-01",
      claimCount: 3,
      sourceCount: 2,
      independentSourceCount: 1,
      contested: true,
    });
    expect(parsed.getEdgeAttributes("m")).not.toHaveProperty("weight");
    expect([parsed.source("e0"), parsed.target("e0")]).toEqual(["a", "b"]);
  });
});

describe("Markdown export", () => {
  const markdown = toMarkdown(GRAPH);

  it("escapes Markdown syntax and folds line breaks, so a passage cannot restyle the report", () => {
    expect(mdText("*bold* [x](y) <b> a\nb")).toBe("\\*bold\\* \\[x\\](y) \\<b\\> a b");
    expect(markdown).not.toContain("<script>");
    expect(markdown).not.toContain("*bold*");
  });

  it("gives each relationship a line and a numbered footnote with its quotes and document", () => {
    const lines = markdown.split("\n");
    const items = lines.filter((line) => /^\d+\. /.test(line));
    expect(items).toHaveLength(GRAPH.edges.length);
    expect(items[0]).toMatch(
      /^1\. \*\*A, "the first"\*\* —demands withdrawal of→ \*\*B \\<b\\>\*\*/,
    );
    expect(items[0]).toMatch(/\[\^1\]$/);
    const footnotes = lines.filter((line) => line.startsWith("[^"));
    expect(footnotes).toHaveLength(GRAPH.edges.length);
    expect(footnotes[0]).toBe(
      `[^1]: “He said, "leave", then left” — *Doc, \\*one\\**; “plain” — *Doc, \\*one\\**`,
    );
  });
});

describe("export files", () => {
  it("names the file after the view and the table", () => {
    expect(exportFilename(GRAPH, "csv", "nodes")).toBe("influence-atlas-focus-a-nodes.csv");
    expect(exportFilename(GRAPH, "markdown")).toBe("influence-atlas-focus-a.md");
    expect(exportFilename({ ...GRAPH, slug: 'x"; y\r\n' }, "json")).toBe(
      "influence-atlas-x-y-.json",
    );
  });

  it("sends JSON with the nodes, edges and citations", () => {
    const file = exportFile(GRAPH, "json");
    expect(file.contentType).toBe("application/json; charset=utf-8");
    const body = JSON.parse(file.body) as ExportGraph;
    expect(body.edges[0]!.citations).toHaveLength(2);
    expect(body.edges[0]).toMatchObject({
      claimCount: 3,
      sourceCount: 2,
      independentSourceCount: 1,
      contested: true,
    });
    expect(body.nodes).toHaveLength(2);
  });
});
