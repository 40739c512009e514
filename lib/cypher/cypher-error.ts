import { Neo4jError } from "neo4j-driver";
import { ApiError } from "@/lib/api/errors";

export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

/** A query Neo4j refused or failed: 422 with Neo4j's own code and where in the query it went wrong. */
export class CypherError extends ApiError {
  constructor(
    neo4jCode: string,
    message: string,
    position: QueryPosition | null,
    gqlStatus?: string,
  ) {
    super(422, neo4jCode, message, { position, gqlStatus: gqlStatus ?? null });
  }
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

// Connection-level failures stay as they are, so errorResponse answers them with a 503.
const NOT_QUERY_ERRORS = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/**
 * Turns a Neo4j error into a CypherError. The pre-flight EXPLAIN may have put `lineShift` lines
 * and `offsetShift` characters in front of the user's text; the position is mapped back.
 */
export function toCypherError(error: unknown, lineShift = 0, offsetShift = 0): unknown {
  if (!(error instanceof Neo4jError) || NOT_QUERY_ERRORS.has(error.code)) return error;
  let position: QueryPosition | null = null;
  const match = POSITION.exec(error.message);
  if (match) {
    position = {
      line: Math.max(1, Number(match[1]) - lineShift),
      column: Number(match[2]),
      offset: Math.max(0, Number(match[3]) - offsetShift),
    };
  }
  const message = position
    ? error.message.replace(
        POSITION,
        `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`,
      )
    : error.message;
  return new CypherError(error.code, message, position, error.gqlStatus);
}
