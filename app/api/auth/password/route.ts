import { errorResponse } from "@/lib/api/errors";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { sessionResponse } from "@/lib/auth/session-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    return sessionResponse(request, await changeOwnPassword(request));
  } catch (error) {
    return errorResponse(error);
  }
}
