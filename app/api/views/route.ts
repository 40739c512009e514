import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { assertSameOrigin } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";
import {
  SAVED_VIEW_BODY_MAX,
  savedViewInputSchema,
  savedViewsQuerySchema,
} from "@/lib/views/saved-view-input";
import { createSavedView, listSavedViews } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(savedViewsQuerySchema, request);
    return noStoreResponse(await listSavedViews(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
}

/** Anyone may save a view (a research tool's links are public); see docs/api.md for the caps. */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const input = await readJsonBody(request, savedViewInputSchema, {
      maxBytes: SAVED_VIEW_BODY_MAX,
    });
    const view = await createSavedView(getDb(), input);
    return noStoreResponse(
      { view },
      { status: 201, headers: { Location: `/api/views/${view.id}` } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
