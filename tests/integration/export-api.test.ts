import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { GET as exportGet } from "@/app/api/export/route";
import { GET as graphGet } from "@/app/api/graph/route";
import { GET as pathsGet } from "@/app/api/paths/route";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import type { ExportEdge, ExportNode } from "@/lib/export/export-graph";
import { GraphResponseSchema, type GraphResponse } from "@/lib/graph/types";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { SEED_DIR } from "@/lib/seed/run-seed";
import { closeAppDriver } from "@/tests/support/api-request";
import { passageTexts } from "@/tests/support/seed-graph-helpers";

let bundle: SeedBundle;

beforeAll(async () => {
  bundle = await loadSeed(SEED_DIR);
});

afterAll(closeAppDriver);

interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  text: string;
}

async function download(query: string): Promise<Download> {
  const response = await exportGet(new Request(`http://localhost/api/export?${query}`));
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    text: await response.text(),
  };
}

async function ok(query: string): Promise<string> {
  const result = await download(query);
  expect({ query, status: result.status }).toEqual({ query, status: 200 });
  return result.text;
}

async function apiGraph(query: string): Promise<GraphResponse> {
  const response = await graphGet(new Request(`http://localhost/api/graph?${query}`));
  expect(response.status).toBe(200);
  return GraphResponseSchema.parse(await response.json());
}

interface JsonExport {
  nodes: ExportNode[];
  edges: ExportEdge[];
  paths?: Array<{ number: number; chain: string; hops: Array<{ edgeId: string }> }>;
}

const ids = (items: Array<{ data: { id: string } }>) => new Set(items.map((item) => item.data.id));

// Views that differ in focus, depth and every kind of filter, including a date range that keeps
// undated relationships as the explorer does.
const VIEWS = [
  "",
  "focus=iran&depth=2",
  "focus=qassem-soleimani",
  "families=influence&minWeight=2",
  "kinds=state,armed-group,military&families=hostility,influence",
  "from=2020-01&to=2020-01",
  "from=2020-01&to=2020-02&undated=true&families=influence,hostility",
  "limit=5",
];

describe("GET /api/export of a view", () => {
  it.each(VIEWS)("GraphML of ?%s parses and holds exactly /api/graph's elements", async (view) => {
    const expected = await apiGraph(view);
    const xml = await ok(`format=graphml&${view}`);
    const parsed = parseGraphml(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(expected.nodes.length);
    expect(parsed.size).toBe(expected.edges.length);
    expect(new Set(parsed.nodes())).toEqual(ids(expected.nodes));
    expect(new Set(parsed.edges())).toEqual(ids(expected.edges));
    for (const { data } of expected.edges) {
      expect(parsed.source(data.id)).toBe(data.source);
      expect(parsed.target(data.id)).toBe(data.target);
      expect(parsed.getEdgeAttributes(data.id)).toMatchObject({
        family: data.family,
        kind: data.kind,
        citationCount: data.citationCount,
        ...(data.weight === null ? {} : { weight: data.weight }),
        ...(data.dateStart === null ? {} : { dateStart: data.dateStart }),
      });
    }
    for (const { data } of expected.nodes) {
      expect(parsed.getNodeAttributes(data.id)).toMatchObject({
        label: data.label,
        kind: data.kind,
        degree: data.degree,
      });
    }
  });

  it.each(VIEWS)("CSV tables of ?%s parse back to /api/graph's elements", async (view) => {
    const expected = await apiGraph(view);
    const nodes = parseCsv(await ok(`format=csv&table=nodes&${view}`), {
      columns: true,
    }) as Array<Record<string, string>>;
    const edges = parseCsv(await ok(`format=csv&table=edges&${view}`), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(new Set(nodes.map((row) => row.id))).toEqual(ids(expected.nodes));
    expect(nodes).toHaveLength(expected.nodes.length);
    expect(edges).toHaveLength(expected.edges.length);
    const byId = new Map(expected.edges.map(({ data }) => [data.id, data]));
    for (const row of edges) {
      const edge = byId.get(row.id!)!;
      expect(row).toMatchObject({
        source: edge.source,
        target: edge.target,
        type: "Directed",
        kind: edge.kind,
        weight: edge.weight === null ? "" : String(edge.weight),
        citationCount: String(edge.citationCount),
      });
    }
  });

  it("writes every passage into the CSV intact, commas, quotes and all", async () => {
    const quotes = passageTexts(bundle);
    const rows = parseCsv(await ok("format=csv&table=edges"), { columns: true }) as Array<
      Record<string, string>
    >;
    const passagesWithSyntax = [...quotes.values()].filter((text) => /[",]/.test(text));
    expect(passagesWithSyntax.length).toBeGreaterThan(0);
    const seedPassages = new Map(
      [...bundle.relationships, ...bundle.memberships].map((r) => [r.id, r.passageIds]),
    );
    for (const row of rows) {
      const texts = row.passages!.split("\n\n").map((text) => text.replace(/^'(?=[=+\-@])/, ""));
      const expected = seedPassages.get(row.id!)!.map((id) => quotes.get(id));
      expect(new Set(texts)).toEqual(new Set(expected));
      expect(row.passageIds!.split(";").sort()).toEqual([...seedPassages.get(row.id!)!].sort());
    }
  });

  it("JSON carries the nodes and the edges with their citations", async () => {
    const expected = await apiGraph("focus=iran");
    const body = JSON.parse(await ok("format=json&focus=iran")) as JsonExport;
    expect(new Set(body.nodes.map((n) => n.id))).toEqual(ids(expected.nodes));
    expect(new Set(body.edges.map((e) => e.id))).toEqual(ids(expected.edges));
    const quotes = passageTexts(bundle);
    for (const edge of body.edges) {
      expect(edge.citations.length).toBeGreaterThan(0);
      for (const citation of edge.citations) {
        expect(citation.text).toBe(quotes.get(citation.passageId));
        expect(citation.documentTitle).toBe(bundle.documents[0]!.title);
      }
    }
  });

  it("Markdown lists every relationship with every one of its quotes and its document", async () => {
    const markdown = await ok("format=markdown");
    // Undo the Markdown escapes, so the text can be compared with the passages as stored.
    const plain = markdown.replace(/\\(.)/g, "$1");
    const expected = await apiGraph("");
    const quotes = passageTexts(bundle);
    const names = new Map(bundle.actors.map((a) => [a.id, a.name]));
    const seedPassages = new Map(
      [...bundle.relationships, ...bundle.memberships].map((r) => [r.id, r.passageIds]),
    );
    for (const { data } of expected.edges) {
      const line = `**${names.get(data.source)}** —${data.kind.replace(/-/g, " ")}→ **${names.get(data.target)}**`;
      expect(plain).toContain(line);
      for (const id of seedPassages.get(data.id)!) {
        expect(plain).toContain(`“${quotes.get(id)!.replace(/\s+/g, " ").trim()}”`);
      }
    }
    const footnotes = plain.match(/^\[\^\d+\]: /gm) ?? [];
    expect(footnotes).toHaveLength(expected.edges.length);
    expect(plain).toContain(`*${bundle.documents[0]!.title}*`);
  });

  it.each([
    ["format=csv&table=nodes", "text/csv", "influence-atlas-graph-nodes.csv"],
    ["format=csv", "text/csv", "influence-atlas-graph-edges.csv"],
    [
      "format=graphml&focus=iran&depth=2",
      "application/graphml+xml",
      "influence-atlas-iran-depth-2.graphml",
    ],
    ["format=json", "application/json", "influence-atlas-graph.json"],
    ["format=markdown", "text/markdown", "influence-atlas-graph.md"],
  ])("?%s is a %s download named %s", async (query, type, filename) => {
    const result = await download(query);
    expect(result.status).toBe(200);
    expect(result.contentType).toContain(type);
    expect(result.disposition).toBe(`attachment; filename="${filename}"`);
  });
});

describe("GET /api/export of paths", () => {
  const query = "from=iran&to=us-forces-in-iraq&k=3";

  it("holds the same paths as /api/paths, each hop with its citations", async () => {
    const response = await pathsGet(new Request(`http://localhost/api/paths?${query}`));
    const { paths } = (await response.json()) as { paths: InfluencePath[] };
    expect(paths.length).toBeGreaterThan(0);
    const body = JSON.parse(await ok(`format=json&analysis=paths&${query}`)) as JsonExport;
    expect(body.paths!.map((p) => p.hops.map((h) => h.edgeId))).toEqual(
      paths.map((p) => p.relationships.map((r) => r.id)),
    );
    const nodeIds = new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)));
    const edgeIds = new Set(paths.flatMap((p) => p.relationships.map((r) => r.id)));
    expect(new Set(body.nodes.map((n) => n.id))).toEqual(nodeIds);
    expect(new Set(body.edges.map((e) => e.id))).toEqual(edgeIds);

    const parsed = parseGraphml(
      MultiDirectedGraph,
      await ok(`format=graphml&analysis=paths&${query}`),
    );
    expect(new Set(parsed.nodes())).toEqual(nodeIds);
    expect(new Set(parsed.edges())).toEqual(edgeIds);

    const markdown = (await ok(`format=markdown&analysis=paths&${query}`)).replace(/\\(.)/g, "$1");
    for (const path of body.paths!) expect(markdown).toContain(path.chain);
    const csv = parseCsv(await ok(`format=csv&analysis=paths&${query}`), { columns: true });
    expect(csv).toHaveLength(edgeIds.size);
  });

  it("is named after the two actors", async () => {
    const result = await download(`format=markdown&analysis=paths&${query}`);
    expect(result.disposition).toBe(
      'attachment; filename="influence-atlas-paths-iran-to-us-forces-in-iraq.md"',
    );
  });
});

describe("GET /api/export with bad parameters", () => {
  it.each([
    ["", "format"],
    ["format=xml", "format"],
    ["format=graphml&table=nodes", "table"],
    ["format=csv&table=both", "table"],
    ["format=json&famlies=influence", "famlies"],
    ["format=json&depth=4", "depth"],
    ["format=json&from=2020-02&to=2020-01", "to"],
    ["format=json&analysis=rankings", "analysis"],
    ["format=json&analysis=paths&from=iran", "to"],
    ["format=json&analysis=paths&from=iran&to=pmu&k=11", "k"],
    ["format=json&analysis=paths&from=iran&to=pmu&depth=2", "depth"],
  ])("?%s is a 400 naming %s", async (query, parameter) => {
    const response = await exportGet(new Request(`http://localhost/api/export?${query}`));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { details: Array<{ parameter: string }> } };
    expect(body.error.details.map((d) => d.parameter)).toContain(parameter);
  });

  it.each(["format=json&focus=nobody", "format=json&analysis=paths&from=iran&to=nobody"])(
    "?%s is a 404",
    async (query) => {
      const response = await exportGet(new Request(`http://localhost/api/export?${query}`));
      expect(response.status).toBe(404);
    },
  );
});
