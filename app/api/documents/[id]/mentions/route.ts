import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { getDocumentMentions } from "@/lib/curation/mentions";
import { documentIdOf } from "@/lib/curation/routes";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** The review queue: the document's text and its mentions grouped by surface form. */
export async function GET(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    await requireSession(request, { role: "curator" });
    parseQuery(NO_PARAMS, request);
    const id = await documentIdOf(context);
    return noStoreResponse(await getDocumentMentions(getDb(), id));
  } catch (error) {
    return errorResponse(error);
  }
}
