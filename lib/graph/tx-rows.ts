import type { ManagedTransaction } from "neo4j-driver";
import type { Row } from "@/lib/db/session";
import { toNative } from "@/lib/db/to-native";

/** One query inside a transaction that runs several, its records as plain objects. */
export async function txRows(
  tx: ManagedTransaction,
  cypher: string,
  params: Row = {},
): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => toNative(record.toObject()) as Row);
}
