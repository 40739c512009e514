import { readHistory } from "@/lib/admin/history";
import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request);
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({ history: await readHistory(session.username) });
  } catch (error) {
    return errorResponse(error);
  }
}
