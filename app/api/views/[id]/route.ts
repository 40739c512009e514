import { errorResponse, NotFound } from "@/lib/api/errors";
import { NO_PARAMS, parseParams, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { savedViewIdSchema } from "@/lib/views/saved-view-input";
import { getSavedView } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const { id } = parseParams(savedViewIdSchema, await context.params);
    parseQuery(NO_PARAMS, request);
    const view = await getSavedView(getDb(), id);
    if (!view) throw new NotFound(`No saved view with id "${id}".`);
    return noStoreResponse({ view });
  } catch (error) {
    return errorResponse(error);
  }
}
