import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { clientAddress } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { assertSameOrigin, optionalSession, requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";
import {
  SAVED_VIEW_BODY_MAX,
  savedViewInputSchema,
  savedViewsQuerySchema,
} from "@/lib/views/saved-view-input";
import { createSavedView } from "@/lib/views/saved-view-pools";
import { listSavedViews } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

/** The signed-in user's own views: nobody lists anyone else's (401 when signed out). */
export async function GET(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request);
    const query = parseQuery(savedViewsQuerySchema, request);
    return noStoreResponse(await listSavedViews(getDb(), session.username, query));
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Anyone may save a view (a research tool's links are public): signed in, into their own pool
 * (with the CSRF token); signed out, into the anonymous pool, limited per address. See docs/api.md.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const session = await optionalSession(request, { stateChanging: true });
    const input = await readJsonBody(request, savedViewInputSchema, {
      maxBytes: SAVED_VIEW_BODY_MAX,
    });
    const saver = session ? { username: session.username } : { address: clientAddress(request) };
    const view = await createSavedView(getDb(), input, saver);
    return noStoreResponse(
      { view },
      { status: 201, headers: { Location: `/api/views/${view.id}` } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
