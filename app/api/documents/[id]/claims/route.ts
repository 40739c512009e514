import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { createClaim } from "@/lib/curation/claim-decisions";
import { getDocumentClaims } from "@/lib/curation/claims";
import { documentIdOf, documentWrite } from "@/lib/curation/routes";
import { createClaimBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** The claims queue: the document's proposals and claims, and the evidence on their pairs. */
export async function GET(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const session = await requireSession(request, { role: "curator" });
    parseQuery(NO_PARAMS, request);
    const id = await documentIdOf(context);
    return noStoreResponse(await getDocumentClaims(getDb(), id, session.username));
  } catch (error) {
    return errorResponse(error);
  }
}

/** A claim made by hand from a selection of the text: accepted at once, its edge recomputed. */
export const POST = documentWrite(
  createClaimBodySchema,
  64 * 1024,
  (actor, id, body) => createClaim(getDb(), actor, id, body),
  { status: 201 },
);
