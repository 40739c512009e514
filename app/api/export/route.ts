import { errorResponse, NotFound } from "@/lib/api/errors";
import { parseExportQuery, type ExportQuery } from "@/lib/api/params/export";
import { NO_STORE, READ_CACHE_CONTROL } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { exportFile } from "@/lib/export/export-file";
import type { ExportGraph } from "@/lib/export/export-graph";
import { pathsExport } from "@/lib/export/load-paths";
import { viewExport } from "@/lib/export/load-view";

export const dynamic = "force-dynamic";

async function load(query: ExportQuery): Promise<ExportGraph> {
  if (query.analysis === "paths") return pathsExport(getDb(), query);
  const view = await viewExport(getDb(), query);
  if (!view) throw new NotFound(`No actor with id "${query.focus}" to focus on.`);
  return view;
}

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseExportQuery(request);
    const file = exportFile(await load(query), query.format, query.table);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        // Paths are computed per request, as /api/paths is; a view is cached as /api/graph is.
        "Cache-Control": query.analysis === "paths" ? NO_STORE : READ_CACHE_CONTROL,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
