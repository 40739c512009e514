import { parse as parseCsv } from "csv-parse/sync";
import { GET as exportGet } from "@/app/api/export/route";
import { GET as graphGet } from "@/app/api/graph/route";
import { GET as relationshipGet } from "@/app/api/relationships/[id]/route";
import {
  GraphResponseSchema,
  RelationshipResponseSchema,
  type Citation,
  type Evidence,
  type GraphResponse,
} from "@/lib/graph/types";
import { evidenceColumns } from "@/lib/graph/mappers";
import { callGet, closeAppDriver } from "@/tests/support/api-request";

afterAll(closeAppDriver);

/**
 * Read as a strict reader outside this project would: quotes must be well formed, every row has
 * the header's number of fields, and a line break outside quotes ends a record whether it is CRLF,
 * LF or CR (as in Python's csv module and spreadsheets) — so an unquoted line break inside a
 * field splits the row and fails here.
 */
function readCsvStrictly(text: string): Array<Record<string, string>> {
  return parseCsv(text, {
    columns: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    trim: false,
  }) as Array<Record<string, string>>;
}

async function csvOf(
  table: "nodes" | "edges",
): Promise<{ header: string; rows: Array<Record<string, string>> }> {
  const response = await exportGet(
    new Request(`http://localhost/api/export?format=csv&table=${table}`),
  );
  expect(response.status).toBe(200);
  const text = await response.text();
  return { header: text.slice(0, text.indexOf("\r\n")), rows: readCsvStrictly(text) };
}

async function wholeGraph(): Promise<GraphResponse> {
  const response = await graphGet(new Request("http://localhost/api/graph"));
  expect(response.status).toBe(200);
  return GraphResponseSchema.parse(await response.json());
}

async function citationsOf(
  id: string,
): Promise<{ citations: Citation[]; evidence: Evidence | null }> {
  const result = await callGet(relationshipGet, `/api/relationships/${id}`, { id });
  expect(result.status).toBe(200);
  const body = RelationshipResponseSchema.parse(result.body);
  return "relationship" in body
    ? body.relationship
    : { citations: body.membership.citations, evidence: null };
}

// The cell rules, written out here rather than imported, so the test checks the writer:
// null is an empty cell, numbers and booleans their JavaScript text, and a text cell that a
// spreadsheet would run as a formula gets a leading apostrophe.
const textCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const cell = (value: string | number | boolean | null) =>
  value === null ? "" : typeof value === "string" ? textCell(value) : String(value);

const NODE_METRICS = [
  "degree",
  "distance",
  "influenceOut",
  "influenceIn",
  "hostilityOut",
  "hostilityIn",
  "influenceWeight",
] as const;

describe("CSV export of the whole seeded graph, read back by a strict parser", () => {
  it("nodes: one row per /api/graph node, every cell its value", async () => {
    const graph = await wholeGraph();
    expect(graph.truncated).toBe(false);
    expect(graph.nodes).toHaveLength(graph.counts.totalActors);
    const { header, rows } = await csvOf("nodes");
    expect(header).toBe(["id", "label", "kind", ...NODE_METRICS].join(","));
    expect(rows.map((row) => row.id)).toEqual(graph.nodes.map(({ data }) => data.id));
    graph.nodes.forEach(({ data }, i) => {
      expect(rows[i]).toEqual({
        id: cell(data.id),
        label: cell(data.label),
        kind: cell(data.kind),
        ...Object.fromEntries(NODE_METRICS.map((name) => [name, cell(data[name])])),
      });
    });
  });

  it("edges: one row per /api/graph edge, every cell its value, passages whole", async () => {
    const graph = await wholeGraph();
    expect(graph.edges).toHaveLength(graph.counts.totalEdges);
    const { header, rows } = await csvOf("edges");
    expect(header).toBe(
      "id,source,target,type,label,sourceName,targetName,family,kind,weight,summary,dateStart,dateEnd,dateLabel,yearInferred,citationCount,passages,documents,passageIds,claimCount,sourceCount,independentSourceCount,contested",
    );
    expect(rows.map((row) => row.id)).toEqual(graph.edges.map(({ data }) => data.id));
    const names = new Map(graph.nodes.map(({ data }) => [data.id, data.label]));
    // Rows whose passages cell holds a line break (two passages or more): the rows that once
    // went out unquoted and split for readers like this one.
    let multiline = 0;
    for (const [i, { data }] of graph.edges.entries()) {
      const { citations, evidence } = await citationsOf(data.id);
      // The flat counts of /api/graph are the nested evidence of /api/relationships.
      if (evidence) expect(data).toMatchObject(evidenceColumns(evidence));
      const passages = citations.map((c) => c.text).join("\n\n");
      if (/[\r\n]/.test(passages)) multiline++;
      // Joining rules (docs/research-tools.md): passages in citation order separated by a blank
      // line, document titles (the id where a document has none) once each in first-cited
      // order separated by "; ", passage ids separated by ";".
      const documents = [...new Set(citations.map((c) => c.documentTitle ?? c.documentId))];
      expect(rows[i]).toEqual({
        id: cell(data.id),
        source: cell(data.source),
        target: cell(data.target),
        type: "Directed",
        label: cell(data.kind),
        sourceName: cell(names.get(data.source)!),
        targetName: cell(names.get(data.target)!),
        family: cell(data.family),
        kind: cell(data.kind),
        weight: cell(data.weight),
        summary: cell(data.summary),
        dateStart: cell(data.dateStart),
        dateEnd: cell(data.dateEnd),
        dateLabel: cell(data.dateLabel),
        yearInferred: cell(data.yearInferred),
        citationCount: cell(data.citationCount),
        passages: textCell(passages),
        documents: cell(documents.join("; ")),
        passageIds: cell(citations.map((c) => c.passageId).join(";")),
        claimCount: cell(data.claimCount),
        sourceCount: cell(data.sourceCount),
        independentSourceCount: cell(data.independentSourceCount),
        contested: cell(data.contested),
      });
    }
    expect(multiline).toBeGreaterThan(0);
  });
});
