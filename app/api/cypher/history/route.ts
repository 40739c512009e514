import { historyQuerySchema } from "@/lib/admin/console-params";
import { readHistory } from "@/lib/admin/history";
import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request, { role: "analyst" });
    const page = parseQuery(historyQuerySchema, request);
    return noStoreResponse(await readHistory(getDb(), session.username, page));
  } catch (error) {
    return errorResponse(error);
  }
}
