import { errorResponse } from "@/lib/api/errors";
import { acceptInvitation } from "@/lib/auth/invitation-accept";
import { sessionResponse } from "@/lib/auth/session-response";

export const dynamic = "force-dynamic";

/** Creates the invited account and signs it in (the answer sets the session cookie). */
export async function POST(request: Request): Promise<Response> {
  try {
    return sessionResponse(request, await acceptInvitation(request));
  } catch (error) {
    return errorResponse(error);
  }
}
