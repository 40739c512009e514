import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseParams, parseQuery } from "@/lib/api/params/parse";
import { readById } from "@/lib/api/read-by-id";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession, sessionFromToken } from "@/lib/auth/request-auth";
import { requestSessionId } from "@/lib/auth/cookies";
import { getDb } from "@/lib/db/driver";
import { savedViewIdSchema } from "@/lib/views/saved-view-input";
import { deleteSavedView, getSavedView } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

// Public by its unguessable id; `mine` tells a signed-in viewer the view is theirs. Saved views
// change when a researcher saves one, not with the graph: never cached.
export const GET = readById({
  what: "saved view",
  find: async (db, id, request) =>
    getSavedView(db, id, (await sessionFromToken(requestSessionId(request)))?.username),
  idSchema: savedViewIdSchema,
  respond: (view) => noStoreResponse({ view }),
});

/** The account that saved a view may delete it (session, same origin, CSRF token). */
export async function DELETE(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true });
    const { id } = parseParams(savedViewIdSchema, await context.params);
    parseQuery(NO_PARAMS, request);
    await deleteSavedView(getDb(), id, session.username);
    return noStoreResponse(undefined, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
