import { connection } from "next/server";
import { databaseProblem } from "@/lib/status/database-problem";

export async function DatabaseBanner() {
  // The check belongs to each request, never to the build.
  await connection();
  const problem = await databaseProblem();
  if (!problem) return null;
  return (
    <div role="alert" className="db-banner">
      <strong>Database unavailable.</strong> The graph cannot be read right now; pages will work
      again as soon as Neo4j answers. <span className="db-banner-detail">({problem})</span>
    </div>
  );
}
