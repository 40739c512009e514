import { errorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/driver";
import { periodComparison } from "@/lib/analysis/service";
import { timelineParamsSchema } from "@/lib/analysis/timeline";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const search = new URL(request.url).searchParams;
    const params = timelineParamsSchema.parse({
      before: search.get("before") ?? undefined,
      after: search.get("after") ?? undefined,
    });
    const { graphVersion, result } = await periodComparison(getDb(), params);
    return Response.json({ graphVersion, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
