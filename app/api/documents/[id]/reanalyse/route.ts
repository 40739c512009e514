import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { reanalyseDocument } from "@/lib/curation/freeze";
import { curatorActor, documentIdOf } from "@/lib/curation/routes";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Proposes again with what the graph knows now; every decision stays. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    parseQuery(NO_PARAMS, request);
    const id = await documentIdOf(context);
    return noStoreResponse({ analysis: await reanalyseDocument(getDb(), actor, id) });
  } catch (error) {
    return errorResponse(error);
  }
}
