import { listSavedQueries, saveQuery, savedQueryInputSchema } from "@/lib/admin/saved-queries";
import { badRequestFrom, errorResponse } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/auth/login";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = requireSession(request);
    return Response.json(
      { saved: await listSavedQueries(session.username) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const session = requireSession(request, { stateChanging: true });
    const parsed = savedQueryInputSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw badRequestFrom(parsed.error, "field");
    return Response.json(await saveQuery(session.username, parsed.data), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
