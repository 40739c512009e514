import "server-only";
import { getDb } from "@/lib/db/driver";
import { checkNeo4j, describeDbError } from "@/lib/db/health";

/** What is wrong with the database right now, in one line, or null while it answers. */
export async function databaseProblem(timeoutMs = 3_000): Promise<string | null> {
  try {
    const health = await checkNeo4j(getDb(), timeoutMs);
    return health.status === "down" ? health.error : null;
  } catch (error) {
    return describeDbError(error);
  }
}
