import { connection } from "next/server";
import { getDb } from "@/lib/db/driver";
import { checkNeo4j, describeDbError } from "@/lib/db/health";

export async function DatabaseBanner() {
  // The check belongs to each request, never to the build.
  await connection();
  let problem: string | null = null;
  try {
    const health = await checkNeo4j(getDb(), 3_000);
    if (health.status === "down") problem = health.error;
  } catch (error) {
    problem = describeDbError(error);
  }
  if (!problem) return null;
  return (
    <div role="alert" className="db-banner">
      <strong>Database unavailable.</strong> The graph cannot be read right now; pages will work
      again as soon as Neo4j answers. <span className="db-banner-detail">({problem})</span>
    </div>
  );
}
