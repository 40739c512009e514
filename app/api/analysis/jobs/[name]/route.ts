import { errorResponse } from "@/lib/api/errors";
import { jobParamsSchema } from "@/lib/api/params/analysis";
import { NO_PARAMS, parseParams, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { analysisJob } from "@/lib/analysis/jobs";
import { pendingBody } from "@/lib/analysis/job-response";

export const dynamic = "force-dynamic";

/** A whole-graph analysis's job: its progress, or that it is done and where its result is. */
export async function GET(
  request: Request,
  context: { params: Promise<{ name: string }> },
): Promise<Response> {
  try {
    parseQuery(NO_PARAMS, request);
    const { name } = parseParams(jobParamsSchema, await context.params);
    const answer = await analysisJob(getDb(), name, 0);
    if (answer.status !== "done") return noStoreResponse(pendingBody(name, answer));
    return noStoreResponse({
      analysis: name,
      status: "done",
      graphVersion: answer.graphVersion,
      progress: { phase: "done", label: "Done", fraction: 1, startedAt: null },
      error: null,
      resultUrl: `/api/analysis/${name}`,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
