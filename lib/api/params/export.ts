import { z } from "zod";
import { enumParam } from "@/lib/api/params/fields";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { parseParams, queryObject } from "@/lib/api/params/parse";
import { pathsQuerySchema } from "@/lib/api/params/paths";

export const EXPORT_FORMATS = ["csv", "graphml", "json", "markdown"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One CSV file holds one table: the nodes or the edges, asked for with `table`. */
export const CSV_TABLES = ["nodes", "edges"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const EXPORT_ANALYSES = ["paths"] as const;

const exportFields = {
  format: enumParam(EXPORT_FORMATS),
  table: enumParam(CSV_TABLES).optional(),
};

const tableOnlyForCsv = (query: { format: ExportFormat; table?: CsvTable }) =>
  query.table === undefined || query.format === "csv";
const TABLE_ONLY_FOR_CSV = { path: ["table"], message: "only applies to format=csv" };

/** GET /api/export without `analysis`: the view parameters of /api/graph, plus the format. */
export const viewExportSchema = graphQuerySchema
  .safeExtend(exportFields)
  .refine(tableOnlyForCsv, TABLE_ONLY_FOR_CSV);

/** GET /api/export?analysis=paths: the parameters of /api/paths, plus the format. */
export const pathsExportSchema = pathsQuerySchema
  .safeExtend({ ...exportFields, analysis: z.literal("paths") })
  .strict()
  .refine(tableOnlyForCsv, TABLE_ONLY_FOR_CSV);

const analysisSchema = z.object({ analysis: enumParam(EXPORT_ANALYSES).optional() });

export type ExportQuery =
  ({ analysis: "view" } & z.output<typeof viewExportSchema>) | z.output<typeof pathsExportSchema>;

/** Which export a request asks for; every bad parameter is named in a 400. */
export function parseExportQuery(request: Request): ExportQuery {
  const raw = queryObject(request.url);
  const { analysis } = parseParams(analysisSchema, raw);
  if (analysis === "paths") return parseParams(pathsExportSchema, raw);
  return { analysis: "view", ...parseParams(viewExportSchema, raw) };
}
