import { errorResponse, NotFound } from "@/lib/api/errors";
import { idParamsSchema } from "@/lib/api/params/id";
import { NO_PARAMS, parseParams, parseQuery } from "@/lib/api/params/parse";
import { readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { getRelationship } from "@/lib/graph/relationships";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const { id } = parseParams(idParamsSchema, await context.params);
    parseQuery(NO_PARAMS, request);
    const found = await getRelationship(getDb(), id);
    if (!found) throw new NotFound(`No relationship or membership with id "${id}".`);
    return readResponse(found);
  } catch (error) {
    return errorResponse(error);
  }
}
