import { errorResponse, NotFound } from "@/lib/api/errors";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { parseQuery } from "@/lib/api/params/parse";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { graphElements } from "@/lib/graph/graph-elements";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(graphQuerySchema, request);
    const elements = await graphElements(getDb(), query);
    if (!elements) throw new NotFound(`No actor with id "${query.focus}" to focus on.`);
    return readResponse(elements);
  } catch (error) {
    return errorResponse(error);
  }
}
