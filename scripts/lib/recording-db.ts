import type { Driver, ManagedTransaction, Session, SessionConfig } from "neo4j-driver";
import type { Db } from "@/lib/db/session";

/** One statement exactly as lib/ sent it. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** The statements of one transaction, in order. */
export interface RecordedTransaction {
  mode: "READ" | "WRITE";
  statements: Statement[];
}

// Methods looked up on a proxy must run against the real object, not the proxy.
function passThrough<T extends object>(target: T, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

function recordingTx(tx: ManagedTransaction, into: RecordedTransaction): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop !== "run") return passThrough(target, prop);
      return (cypher: string, params: Record<string, unknown> = {}) => {
        into.statements.push({ cypher, params });
        return target.run(cypher, params);
      };
    },
  });
}

/**
 * A Db whose every transaction is recorded: run lib/'s own functions through it to learn the
 * exact Cypher and parameters an endpoint sends, then replay or PROFILE them — the queries are
 * lib/'s, never copies. Covers executeRead/executeWrite, session.run and driver.executeQuery.
 */
export function recordingDb(db: Db): { db: Db; transactions: RecordedTransaction[] } {
  const transactions: RecordedTransaction[] = [];
  const record = (mode: RecordedTransaction["mode"]) => {
    const recorded: RecordedTransaction = { mode, statements: [] };
    transactions.push(recorded);
    return recorded;
  };
  const session = (config?: SessionConfig): Session => {
    const real = db.driver.session(config);
    const mode = config?.defaultAccessMode === "READ" ? "READ" : "WRITE";
    return new Proxy(real, {
      get(target, prop) {
        if (prop === "executeRead" || prop === "executeWrite") {
          const txMode = prop === "executeRead" ? "READ" : "WRITE";
          return (work: (tx: ManagedTransaction) => Promise<unknown>, txConfig?: unknown) =>
            target[prop]((tx) => work(recordingTx(tx, record(txMode))), txConfig as never);
        }
        if (prop === "run") {
          return (cypher: string, params: Record<string, unknown> = {}) => {
            record(mode).statements.push({ cypher, params });
            return target.run(cypher, params);
          };
        }
        return passThrough(target, prop);
      },
    });
  };
  const driver = new Proxy(db.driver, {
    get(target, prop) {
      if (prop === "session") return session;
      if (prop === "executeQuery") {
        return (cypher: string, params: Record<string, unknown> = {}, config?: unknown) => {
          record("READ").statements.push({ cypher, params });
          return target.executeQuery(cypher, params, config as never);
        };
      }
      return passThrough(target, prop);
    },
  }) as Driver;
  return { db: { driver, database: db.database }, transactions };
}

/** Sends recorded transactions again through the plain driver: no mapping, no HTTP. */
export async function replay(db: Db, transactions: RecordedTransaction[]): Promise<void> {
  for (const { mode, statements } of transactions) {
    const session = db.driver.session({ database: db.database, defaultAccessMode: mode });
    try {
      const work = async (tx: ManagedTransaction) => {
        for (const { cypher, params } of statements) await tx.run(cypher, params);
      };
      await (mode === "READ" ? session.executeRead(work) : session.executeWrite(work));
    } finally {
      await session.close();
    }
  }
}
