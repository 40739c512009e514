import { errorResponse } from "@/lib/api/errors";
import { idParamsSchema } from "@/lib/api/params/id";
import { parseParams } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { revertEntry } from "@/lib/curation/revert-entry";
import { curatorActor } from "@/lib/curation/routes";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Reverts one entry (lib/curation/revert-entry.ts): 409 `revert_conflict` if its things changed since. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const actor = await curatorActor(request);
    const { id } = parseParams(idParamsSchema, await context.params);
    return noStoreResponse(await revertEntry(getDb(), actor, id));
  } catch (error) {
    return errorResponse(error);
  }
}
