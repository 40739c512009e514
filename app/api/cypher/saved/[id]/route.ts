import { deleteSavedQuery } from "@/lib/admin/saved-queries";
import { errorResponse } from "@/lib/api/errors";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function DELETE(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true });
    await deleteSavedQuery(session.username, (await params).id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
