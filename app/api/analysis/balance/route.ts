import { errorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/driver";
import { balance } from "@/lib/analysis/service";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const { graphVersion, result } = await balance(getDb());
    return Response.json({ graphVersion, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
