import { errorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/driver";
import { parsePathParams } from "@/lib/analysis/path-params";
import { shortestPaths } from "@/lib/analysis/paths";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const params = parsePathParams(new URL(request.url).searchParams);
    const paths = await shortestPaths(getDb(), params);
    return Response.json({ paths }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
