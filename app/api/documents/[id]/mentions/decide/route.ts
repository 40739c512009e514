import { errorResponse } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { decideMentions } from "@/lib/curation/decisions";
import { curatorActor, documentIdOf } from "@/lib/curation/routes";
import { decisionBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** One curator decision on one or more mentions: link, new actor, not an actor, not this one, undo. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const id = await documentIdOf(context);
    const body = await readJsonBody(request, decisionBodySchema, { maxBytes: 512 * 1024 });
    return noStoreResponse(await decideMentions(getDb(), actor, id, body));
  } catch (error) {
    return errorResponse(error);
  }
}
