import { errorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/driver";
import { compareParamsSchema } from "@/lib/analysis/compare";
import { comparison } from "@/lib/analysis/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const search = new URL(request.url).searchParams;
    const params = compareParamsSchema.parse({
      a: search.get("a") ?? undefined,
      b: search.get("b") ?? undefined,
    });
    const result = await comparison(getDb(), params);
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
