import { isRetryableError, ManagedTransaction, type Session } from "neo4j-driver";
import { ApiError } from "@/lib/api/errors";
import { openSession, type Db } from "@/lib/db/session";

/** A transaction's timeout and metadata (neo4j-driver does not export its own name for it). */
export type TxConfig = NonNullable<Parameters<Session["beginTransaction"]>[0]>;

/** The commit was sent and no answer came back: the write may or may not have been applied. */
export class WriteOutcomeUnknown extends ApiError {
  constructor(
    readonly reason: unknown,
    details?: unknown,
  ) {
    super(
      503,
      "write_outcome_unknown",
      "The connection to the database was lost while the write was committing: the write may or may not have committed. Check before running it again.",
      details,
    );
  }
}

/** Attempts in all, and the pause before each retry (plus up to as much again, at random). */
const WRITE_ATTEMPTS = 3;
const RETRY_PAUSE_MS = [100, 300];

// A failure the server or the driver says may pass (a deadlock, a lost connection, a leader
// switch), here or as the reason a hook gave up.
const mayPass = (error: unknown): boolean =>
  isRetryableError(error) || (error instanceof Error && isRetryableError(error.cause));

// Neo4j answered the commit with a client error (a constraint checked at commit, say): it refused
// the transaction, so nothing was applied. Anything else leaves the outcome open.
const refusedAtCommit = (error: unknown): boolean =>
  error instanceof Error &&
  "code" in error &&
  typeof error.code === "string" &&
  error.code.startsWith("Neo.ClientError.") &&
  !isRetryableError(error);

/**
 * Runs `work` in an explicit write transaction and commits it. Unlike `executeWrite`, it retries
 * only failures before the commit was sent, when the transaction rolled back whole and running it
 * again is safe; once the commit is sent it never runs `work` again, since an analyst's query
 * (`CREATE`, `SET n.x = n.x + 1`) cannot be proved idempotent. A commit whose answer was lost
 * throws WriteOutcomeUnknown, with `unknownDetails` of what the attempt did.
 */
export async function runWriteOnce<T>(
  db: Db,
  config: TxConfig,
  work: (tx: ManagedTransaction) => Promise<T>,
  unknownDetails: (value: T) => unknown = () => undefined,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = openSession(db, "WRITE");
    let value: { done: T } | undefined;
    try {
      const tx = await session.beginTransaction(config);
      try {
        // The driver's own wrapper, as executeWrite gives its callback: run only, no commit.
        value = { done: await work(ManagedTransaction.fromTransaction(tx)) };
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
      try {
        await tx.commit();
      } catch (error) {
        if (refusedAtCommit(error)) throw error;
        throw new WriteOutcomeUnknown(error, unknownDetails(value.done));
      }
      return value.done;
    } catch (error) {
      if (value !== undefined || attempt >= WRITE_ATTEMPTS || !mayPass(error)) throw error;
      const pause = RETRY_PAUSE_MS[attempt - 1] ?? RETRY_PAUSE_MS.at(-1)!;
      console.warn(
        `Console write attempt ${attempt} failed before its commit, retrying:`,
        error instanceof Error && "code" in error ? error.code : error,
      );
      await new Promise((resolve) => setTimeout(resolve, pause * (1 + Math.random())));
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
