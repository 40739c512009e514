import { readHistory } from "@/lib/admin/history";
import { errorResponse } from "@/lib/api/errors";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = requireSession(request);
    return Response.json(
      { history: await readHistory(session.username) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
