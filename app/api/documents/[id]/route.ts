import { errorResponse } from "@/lib/api/errors";
import { readById } from "@/lib/api/read-by-id";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { updateDraft } from "@/lib/curation/documents";
import { curatorActor, documentIdOf } from "@/lib/curation/routes";
import { updateDraftBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";
import { getDocument } from "@/lib/graph/documents";

export const dynamic = "force-dynamic";

export const GET = readById({ what: "document", find: getDocument });

/** A draft's metadata or body range; a frozen document's metadata only. */
export async function PATCH(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const id = await documentIdOf(context);
    const body = await readJsonBody(request, updateDraftBodySchema, { maxBytes: 64 * 1024 });
    return noStoreResponse({ document: await updateDraft(getDb(), actor, id, body) });
  } catch (error) {
    return errorResponse(error);
  }
}
