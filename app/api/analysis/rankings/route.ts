import { errorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/driver";
import { rankings } from "@/lib/analysis/service";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const { graphVersion, result } = await rankings(getDb());
    return Response.json(
      { graphVersion, actors: result },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
