import { errorResponse } from "@/lib/api/errors";
import { documentsQuerySchema } from "@/lib/api/params/documents";
import { parseQuery } from "@/lib/api/params/parse";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse, readResponse } from "@/lib/api/read-response";
import { createDraft } from "@/lib/curation/documents";
import { curatorActor, DOCUMENT_BODY_MAX } from "@/lib/curation/routes";
import { createDraftBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";
import { cachedRead } from "@/lib/graph/cached-read";
import { listDocuments } from "@/lib/graph/documents";

export const dynamic = "force-dynamic";

export const GET = cachedRead(async (request: Request): Promise<Response> => {
  try {
    const query = parseQuery(documentsQuerySchema, request);
    return readResponse(await listDocuments(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
});

/** A curator's draft: stored, not yet frozen or analysed. */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const body = await readJsonBody(request, createDraftBodySchema, {
      maxBytes: DOCUMENT_BODY_MAX,
    });
    return noStoreResponse({ document: await createDraft(getDb(), actor, body) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
