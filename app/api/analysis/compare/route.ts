import { errorResponse } from "@/lib/api/errors";
import { compareQuerySchema } from "@/lib/api/params/analysis";
import { parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { comparison } from "@/lib/analysis/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(compareQuerySchema, request);
    return noStoreResponse(await comparison(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
}
