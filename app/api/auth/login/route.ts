import { errorResponse } from "@/lib/api/errors";
import { login } from "@/lib/auth/login";
import { sessionResponse } from "@/lib/auth/session-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    return sessionResponse(request, await login(request));
  } catch (error) {
    return errorResponse(error);
  }
}
