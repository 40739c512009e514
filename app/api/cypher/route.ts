import { runConsoleQuery } from "@/lib/admin/console-query";
import { errorResponse } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/auth/login";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    const session = requireSession(request, { stateChanging: true });
    const result = await runConsoleQuery(getDb(), session, await readJsonBody(request));
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
