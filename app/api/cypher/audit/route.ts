import { readAudit } from "@/lib/admin/audit-log";
import { errorResponse } from "@/lib/api/errors";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    requireSession(request, { role: "admin" });
    return Response.json(
      { entries: await readAudit() },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
