import { errorResponse, NotFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/params/parse";
import { getDb } from "@/lib/db/driver";
import { savedViewIdSchema } from "@/lib/views/saved-view-input";
import { getSavedView } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const { id } = parseParams(savedViewIdSchema, await context.params);
    const view = await getSavedView(getDb(), id);
    if (!view) throw new NotFound(`No saved view with id "${id}".`);
    return Response.json({ view }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
