import type { Db } from "@/lib/db/session";

export type Neo4jHealth =
  { status: "up"; version: string; edition: string } | { status: "down"; error: string };

/** Answers within `timeoutMs` whatever the database does: a health check must never hang. */
export async function checkNeo4j(db: Db, timeoutMs = 4_000): Promise<Neo4jHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const components = db.driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      {},
      { database: db.database, routing: "READ" },
    );
    const { records } = await Promise.race([components, timeout]);
    const record = records[0];
    return {
      status: "up",
      version: String(record?.get("version") ?? "unknown"),
      edition: String(record?.get("edition") ?? "unknown"),
    };
  } catch (error) {
    return { status: "down", error: describeDbError(error) };
  } finally {
    clearTimeout(timer);
  }
}

export function describeDbError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The driver's messages can be long and multi-line; the first line says what happened.
  return message.split("\n")[0]?.slice(0, 300) ?? "unknown error";
}
