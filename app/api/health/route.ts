import { noStoreResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import { checkNeo4j, describeDbError } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  let neo4j;
  try {
    neo4j = await checkNeo4j(getDb());
  } catch (error) {
    neo4j = { status: "down" as const, error: describeDbError(error) };
  }
  const up = neo4j.status === "up";
  return noStoreResponse({ status: up ? "ok" : "degraded", neo4j }, { status: up ? 200 : 503 });
}
