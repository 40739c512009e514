import { deleteSavedQuery } from "@/lib/admin/saved-queries";
import { errorResponse } from "@/lib/api/errors";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function DELETE(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "analyst" });
    await deleteSavedQuery(getDb(), session.username, (await params).id);
    return noStoreResponse(undefined, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
