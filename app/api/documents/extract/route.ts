import { errorResponse } from "@/lib/api/errors";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { previewDocument } from "@/lib/curation/preview";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** The preview of a paste, an upload or a URL: text, metadata, report, copies. Stores nothing. */
export async function POST(request: Request): Promise<Response> {
  try {
    // State-changing in form (it may fetch a URL for the caller), so it takes the CSRF check too.
    await requireSession(request, { stateChanging: true, role: "curator" });
    return noStoreResponse(await previewDocument(getDb(), request));
  } catch (error) {
    return errorResponse(error);
  }
}
