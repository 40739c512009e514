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

// URIs, IPv4 and bracketed IPv6 addresses, and host:port pairs, as the driver writes them.
const ADDRESS =
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s'",)]+|\[[0-9a-f:.]+\](?::\d+)?|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*:\d{2,5}\b/gi;

/**
 * What went wrong with the database, fit for a public answer: the first line of the driver's
 * message with every address (host, port, URI) replaced, since a 503 is shown to anyone.
 * The full message stays in the server log (errorResponse logs it).
 */
export function describeDbError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The driver's messages can be long and multi-line; the first line says what happened.
  const line = message.split("\n")[0] ?? "unknown error";
  return line.replace(ADDRESS, "[address]").slice(0, 300);
}
