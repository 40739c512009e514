import { errorResponse } from "@/lib/api/errors";
import { documentsQuerySchema } from "@/lib/api/params/documents";
import { parseQuery } from "@/lib/api/params/parse";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { listDocuments } from "@/lib/graph/documents";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(documentsQuerySchema, request);
    return readResponse(await listDocuments(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
}
