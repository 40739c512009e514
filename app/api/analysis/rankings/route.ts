import { errorResponse } from "@/lib/api/errors";
import { rankingsQuerySchema } from "@/lib/api/params/analysis";
import { parseQuery } from "@/lib/api/params/parse";
import { getDb } from "@/lib/db/driver";
import { jobResponse } from "@/lib/analysis/job-response";
import { topRankings, type RankingsBody } from "@/lib/analysis/rankings-body";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const { top } = parseQuery(rankingsQuerySchema, request);
    return await jobResponse(getDb(), request, "rankings", (result) =>
      top === undefined
        ? undefined
        : topRankings(result.summary<RankingsBody>() ?? result.body<RankingsBody>(), top),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
