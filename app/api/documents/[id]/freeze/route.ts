import { errorResponse } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { freezeDocument } from "@/lib/curation/freeze";
import { curatorActor, documentIdOf } from "@/lib/curation/routes";
import { freezeBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Fixes the draft's text, hashes it and proposes its mentions. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const id = await documentIdOf(context);
    const body = await readJsonBody(request, freezeBodySchema, { maxBytes: 16 * 1024 });
    return noStoreResponse(await freezeDocument(getDb(), actor, id, body));
  } catch (error) {
    return errorResponse(error);
  }
}
