import { errorResponse } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { mergeActors } from "@/lib/curation/merge-actors";
import { curatorActor } from "@/lib/curation/routes";
import { mergeActorsBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** A merge of two actors, or with `dryRun` only the report of what it would change. */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const body = await readJsonBody(request, mergeActorsBodySchema, { maxBytes: 16 * 1024 });
    return noStoreResponse(await mergeActors(getDb(), actor, body));
  } catch (error) {
    return errorResponse(error);
  }
}
