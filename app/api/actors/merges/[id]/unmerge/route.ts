import { errorResponse } from "@/lib/api/errors";
import { idParamsSchema } from "@/lib/api/params/id";
import { parseParams } from "@/lib/api/params/parse";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { curatorActor } from "@/lib/curation/routes";
import { unmergeBodySchema } from "@/lib/curation/schemas";
import { unmergeActors } from "@/lib/curation/unmerge-actors";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Undoes a merge: the merged actor back, with what the merge moved. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const { id } = parseParams(idParamsSchema, await context.params);
    await readJsonBody(request, unmergeBodySchema, { maxBytes: 1024 });
    return noStoreResponse(await unmergeActors(getDb(), actor, id));
  } catch (error) {
    return errorResponse(error);
  }
}
