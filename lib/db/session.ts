import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { toNative } from "@/lib/db/to-native";

/** A database to run work against: the app's shared one, or a test's or script's own. */
export interface Db {
  driver: Driver;
  database: string;
}

export type Row = Record<string, unknown>;

/**
 * Sessions share the driver's one bookmark manager (the one executeQuery uses too), so a read
 * after a write waits for that write on whichever cluster member or read replica `neo4j://`
 * routing picks: a user reads their own write. Per process; across instances see deployment.md.
 */
export function openSession(db: Db, mode: "READ" | "WRITE"): Session {
  return db.driver.session({
    database: db.database,
    defaultAccessMode: mode,
    bookmarkManager: db.driver.executeQueryBookmarkManager,
  });
}

export async function readTx<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(db, "READ");
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

export async function writeTx<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(db, "WRITE");
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** One query inside a transaction that may run several, its records as plain objects. */
export async function txRows(
  tx: ManagedTransaction,
  cypher: string,
  params: Row = {},
): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => toNative(record.toObject()) as Row);
}

/** Runs one read query and returns its records as plain objects. */
export function readRows(db: Db, cypher: string, params: Row = {}): Promise<Row[]> {
  return readTx(db, (tx) => txRows(tx, cypher, params));
}

/** Runs one write query and returns its records as plain objects. */
export function writeRows(db: Db, cypher: string, params: Row = {}): Promise<Row[]> {
  return writeTx(db, (tx) => txRows(tx, cypher, params));
}
